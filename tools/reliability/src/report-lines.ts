// Untyped lines as they come out of threat reports and vendor IOC lists: indicators of
// every kind (plain, defanged, labelled, in odd case), and what sits between them
// (file names, paths, comments, base64 blobs, protocol tokens). Each line knows what
// it is, so inference can be scored against it.

/** What a line holds: a ThreatConnect type, `null` for a value that is no indicator, `comment` for a comment line. */
export type Expected = string | null | 'comment';

export interface ReportLine {
  text: string;
  expected: Expected;
  /** The generator that made it, for reports of what went wrong. */
  kind: string;
}

type Random = () => number;

/** mulberry32: a small seeded generator, so that the corpus is the same on every run. */
function seeded(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = ['update', 'secure', 'login', 'cdn', 'mail', 'portal', 'account', 'verify', 'cloud', 'static', 'office', 'support', 'apple', 'micro', 'soft', 'bank', 'pay', 'docs', 'drive', 'share', 'track', 'news', 'media', 'sync', 'api', 'web', 'service', 'check', 'online', 'center'];
const TLDS = ['com', 'net', 'org', 'ru', 'cn', 'info', 'biz', 'xyz', 'top', 'io', 'co', 'de', 'br', 'in', 'uk', 'online', 'site', 'club', 'me', 'tk', 'pw', 'su', 'ua', 'kr', 'jp'];
const IDN_LABELS = ['münchen', 'österreich', 'bücher', 'straße-bank', 'café', 'españa', 'россия', 'пример', '中国银行', 'ελλάδα'];
const PATHS = ['/wp-content/plugins/gate.php', '/admin/get.php', '/update/setup.exe', '/xmlrpc.php', '/images/logo.png', '/api/v1/beacon', '/dl/invoice.doc', '/index.html', '/s/login', '/panel/fre.php', '/upload/payload.bin', '/jquery-3.3.1.min.js'];
const EXTENSIONS = ['exe', 'dll', 'bat', 'ps1', 'vbs', 'scr', 'lnk', 'hta', 'js', 'jar', 'tmp', 'dat', 'bin', 'sys', 'docm', 'xlsm'];
const FILE_STEMS = ['update', 'libcurl', 'MiniDump', 'svchost', 'payload', 'Diseño_pptx', 'setup', 'invoice_2024', 'rundll', 'msupdate', 'kworker', 'loader', 'stage2', 'chrome_update', 'WinRAR'];
const AMBIGUOUS = ['invoice.zip', 'clip.mov', 'report.zip', 'readme.mov', 'photos.zip', 'budget.zip'];
const USER_AGENTS = [
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/{v}.0.0.0 Safari/537.36',
  'Mozilla/5.0 (Windows NT 6.1; WOW64; Trident/7.0; rv:11.0) like Gecko',
  'Mozilla/4.0 (compatible; MSIE {v}.0; Windows NT 5.1)',
  'Mozilla/5.0 (X11; Linux x86_64; rv:{v}.0) Gecko/20100101 Firefox/{v}.0',
  'curl/7.{v}.0',
  'python-requests/2.{v}.1',
];
const REGISTRY_PARENTS = [
  'HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Run',
  'HKEY_CURRENT_USER\\Software\\Microsoft\\Windows\\CurrentVersion\\RunOnce',
  'HKLM\\SYSTEM\\CurrentControlSet\\Services',
  'HKCU\\Software\\Classes\\ms-settings\\shell\\open\\command',
  'HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Microsoft\\Windows Defender',
];
const COMMENTS = ['# IOCs for campaign {w}, 2024', '# SHA256 hashes', '// stage 2 infrastructure', '# Network indicators', '// {w} C2 servers, last seen March', '# see appendix B'];

export function reportLines(count = 5_000, seed = 16): ReportLine[] {
  const random = seeded(seed);
  const int = (n: number) => Math.floor(random() * n);
  const pick = <T>(items: readonly T[]): T => items[int(items.length)]!;
  const hex = (length: number) => Array.from({ length }, () => '0123456789abcdef'[int(16)]).join('');
  const label = () => (random() < 0.5 ? pick(WORDS) : `${pick(WORDS)}${random() < 0.5 ? '-' : ''}${pick(WORDS)}`);
  const host = () => `${random() < 0.4 ? `${label()}.` : ''}${label()}${random() < 0.3 ? int(100) : ''}.${pick(TLDS)}`;
  const ipv4 = () => `${1 + int(222)}.${int(256)}.${int(256)}.${1 + int(254)}`;
  const ipv6 = () => `2001:db8:${hex(3)}:${int(10)}::${hex(2)}`;
  const defang = (value: string) => value.replaceAll('.', '[.]');

  const makers: [weight: number, kind: string, make: () => [string, Expected]][] = [
    [300, 'ipv4', () => [ipv4(), 'Address']],
    [150, 'ipv4 defanged', () => [random() < 0.5 ? defang(ipv4()) : ipv4().replace(/\.(?=\d+$)/, '[.]'), 'Address']],
    [50, 'ipv4:port defanged', () => [`${defang(ipv4())}:${1024 + int(60000)}`, 'Address']],
    [100, 'ipv6', () => [ipv6(), 'Address']],
    [150, 'cidr v4', () => [`${ipv4().replace(/\.\d+$/, '.0')}/${pick([16, 22, 24])}`, 'CIDR']],
    [100, 'cidr v6', () => [`2001:db8:${hex(4)}::/${pick([32, 48, 64])}`, 'CIDR']],
    [400, 'host', () => [host(), 'Host']],
    [200, 'host defanged', () => [random() < 0.7 ? defang(host()) : host().replace(/\.(?=[a-z]+$)/, '[.]'), 'Host']],
    [50, 'host upper case', () => [host().toUpperCase(), 'Host']],
    [50, 'host IDN', () => [`${pick(IDN_LABELS)}.${pick(['de', 'at', 'com', 'net', 'ru', 'eu'])}`, 'Host']],
    [20, 'host typographic dash', () => [`${pick(WORDS)}\u2013${pick(WORDS)}.${pick(TLDS)}`, 'Host']],
    [400, 'url', () => [`${pick(['http', 'https'])}://${random() < 0.8 ? host() : ipv4()}${random() < 0.2 ? `:${pick([8080, 443, 8443])}` : ''}${pick(PATHS)}${random() < 0.3 ? `?id=${int(99999)}` : ''}`, 'URL']],
    [200, 'url defanged', () => [`${pick(['hxxp', 'hxxps'])}${pick(['://', '[://]', '[:]//'])}${defang(host())}${pick(PATHS)}`, 'URL']],
    [150, 'url without scheme', () => [`${host()}${pick(PATHS)}`, 'URL']],
    [100, 'url without scheme, IPv4 host', () => [`${random() < 0.5 ? ipv4() : defang(ipv4())}${pick(PATHS)}`, 'URL']],
    [150, 'email', () => [`${pick(['admin', 'support', 'j.smith', 'info', 'billing', 'no-reply'])}${int(100)}@${host()}`, 'EmailAddress']],
    [50, 'email defanged', () => [`${pick(['admin', 'hr', 'payroll'])}[@]${defang(host())}`, 'EmailAddress']],
    [250, 'md5', () => [hex(32), 'File']],
    [250, 'sha1', () => [hex(40), 'File']],
    [300, 'sha256', () => [hex(64), 'File']],
    [200, 'hash upper case', () => [hex(pick([32, 40, 64])).toUpperCase(), 'File']],
    [100, 'hash with a label', () => {
      const [name, length] = pick([['MD5', 32], ['SHA1', 40], ['SHA256', 64], ['SHA-256', 64]] as const);
      return [`${name}: ${hex(length)}`, 'File'];
    }],
    [150, 'registry key', () => [`${pick(REGISTRY_PARENTS)}\\${pick(FILE_STEMS)}`, 'Registry Key']],
    [100, 'registry key, root only', () => [pick(REGISTRY_PARENTS), 'Registry Key']],
    [100, 'asn', () => [`${pick(['AS', 'ASN', 'AS ', 'ASN '])}${1 + int(400_000)}`, 'ASN']],
    [100, 'user agent', () => [pick(USER_AGENTS).replaceAll('{v}', String(5 + int(110))), 'User Agent']],
    [250, 'file name', () => [`${pick(FILE_STEMS)}${random() < 0.3 ? int(10) : ''}.${pick(EXTENSIONS)}`, null]],
    [30, 'file name or host', () => [pick(AMBIGUOUS), null]],
    [100, 'windows path', () => [`C:\\${pick(['Users\\Public', 'ProgramData', 'Windows\\Temp', 'Users\\admin\\AppData\\Roaming'])}\\${pick(FILE_STEMS)}.${pick(EXTENSIONS)}`, null]],
    [50, 'unix path', () => [`/${pick(['tmp', 'var/tmp', 'dev/shm', 'usr/local/bin'])}/.${pick(FILE_STEMS).toLowerCase()}`, null]],
    [100, 'base64', () => [Buffer.from(Array.from({ length: 24 + int(40) }, () => int(256))).toString('base64'), null]],
    [30, 'protocol token', () => [pick(['HTTP/1.1', 'HTTP/2', 'POST', 'GET', 'TLSv1.2']), null]],
    [30, 'url path', () => [`/${pick(WORDS)}${pick(['@t', '@', ''])}${int(10)}.php`, null]],
    [150, 'comment', () => [pick(COMMENTS).replace('{w}', pick(WORDS)), 'comment']],
  ];
  const total = makers.reduce((sum, [weight]) => sum + weight, 0);
  const lines: ReportLine[] = [];
  for (const [weight, kind, make] of makers) {
    for (let i = 0; i < Math.ceil((weight * count) / total); i++) {
      const [text, expected] = make();
      lines.push({ text, expected, kind });
    }
  }
  // shuffled, as report appendices mix their sections
  for (let i = lines.length - 1; i > 0; i--) {
    const j = int(i + 1);
    [lines[i], lines[j]] = [lines[j]!, lines[i]!];
  }
  return lines;
}
