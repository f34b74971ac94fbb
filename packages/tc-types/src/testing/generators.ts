import { Random } from './random.js';

/** A value for one field of one of ThreatConnect's 12 types. */
export interface GeneratedValue {
  readonly type: string;
  readonly field: string;
  readonly value: string;
  /** `base`: as a type's generator writes it (mostly what the platform wants); `variant`: changed in one way that may or may not matter. */
  readonly kind: 'base' | 'variant';
}

export interface GenerateOptions {
  /** Same seed, same values (default GENERATOR_SEED). */
  seed?: number;
  /** Values per type (default 2600: 31,200 values over the 12 types). */
  perType?: number;
}

export const GENERATOR_SEED = 150_207;

/** The words the Host pattern refuses at the start of a top-level domain (its `(?!apk|apt|...)`). */
export const HOST_EXCLUDED_WORDS = [
  'apk', 'apt', 'arpa', 'asp', 'bat', 'bdoda', 'bin', 'bsspx', 'cer', 'cfg', 'cgi', 'class', 'close', 'cpl', 'cpp', 'crl', 'css', 'dll', 'doc', 'docx',
  'dyn', 'exe', 'fl', 'gz', 'hlp', 'htm', 'html', 'ico', 'ini', 'ioc', 'jar', 'jpg', 'js', 'jxr', 'lco', 'lnk', 'loader', 'log', 'lxdns', 'mdb', 'mp4',
  'odt', 'pcap', 'pdb', 'pdf', 'php', 'plg', 'plist', 'png', 'ppt', 'pptx', 'quit', 'rar', 'rtf', 'scr', 'sleep', 'ssl', 'torproject', 'tmp', 'txt',
  'vbp', 'vbs', 'w32', 'wav', 'xls', 'xlsx', 'xml', 'xpi', 'dat', 'gif', 'xn',
];

export const REGISTRY_ROOTS = [
  'HKEY_CLASSES_ROOT', 'HKEY_CURRENT_CONFIG', 'HKEY_CURRENT_USER', 'HKEY_CURRENT_USER_LOCAL_SETTINGS', 'HKEY_LOCAL_MACHINE', 'HKEY_PERFORMANCE_DATA',
  'HKEY_PERFORMANCE_NLSTEXT', 'HKEY_PERFORMANCE_TEXT', 'HKEY_USERS',
];

export const REGISTRY_VALUE_TYPES = [
  'REG_NONE', 'REG_BINARY', 'REG_DWORD', 'REG_DWORD_LITTLE_ENDIAN', 'REG_DWORD_BIG_ENDIAN', 'REG_EXPAND_SZ', 'REG_LINK', 'REG_MULTI_SZ', 'REG_QWORD',
  'REG_QWORD_LITTLE_ENDIAN', 'REG_SZ',
];

/** Line terminators Java knows (and a value may end with). */
export const LINE_ENDINGS = ['\n', '\r\n', '\r', '\u0085', '\u2028', '\u2029'];

const LOWER = 'abcdefghijklmnopqrstuvwxyz';
const DIGITS = '0123456789';
const HEX = '0123456789abcdef';
const ALNUM = LOWER + LOWER.toUpperCase() + DIGITS;
/** Characters that tell Java, JavaScript and the patterns apart. */
const INTERESTING = [
  'é', 'É', 'ö', 'ß', 'ſ', '\u212A', 'İ', 'ı', '\u0301', '\u0661', '١', '中', '😀', '𝐀', '\uD83D', '\uDE00', '\u00A0', '\u2003', '\u3000', '\u200B', '\t',
  '\u000B', '\f', '\u0000', '\u001F', '\u007F', ' ', '@', '.', '-', '_', ':', '/', '\\', '#', '%', '?', '&', '=', '+', ';', ',', '!', '~', "'", '’',
  '"', '<', '>', '[', ']', '{', '}', '|', '^', '`', '*', '(', ')', '$', '\n', '\r', '\u0085', '\u2028',
];

type Generator = (r: Random) => { field: string; value: string };

const octet = (r: Random) => String(r.chance(0.92) ? r.pick([r.int(0, 9), r.int(10, 99), r.int(100, 255), 255, 0]) : r.int(256, 999));
const ipv4 = (r: Random) => Array.from({ length: 4 }, () => (r.chance(0.04) ? `0${octet(r)}` : octet(r))).join('.');
const hexGroup = (r: Random, max = 4) => r.string(r.chance(0.2) ? HEX.toUpperCase() + HEX : HEX, r.int(1, max)).replace(/^0+(?=.)/, r.chance(0.8) ? '' : '0');

function ipv6(r: Random): string {
  const groups = Array.from({ length: 8 }, () => (r.chance(0.3) ? '0' : hexGroup(r)));
  if (r.chance(0.4)) {
    const start = r.int(0, 7);
    const end = r.int(start, 7);
    return `${groups.slice(0, start).join(':')}::${groups.slice(end + 1).join(':')}`;
  }
  if (r.chance(0.1)) return `${groups.slice(0, 6).join(':')}:${ipv4(r)}`;
  return groups.join(':');
}

const label = (r: Random, length = r.pick([1, 2, 3, r.int(1, 12), r.int(60, 64)])) => {
  let text = r.string(LOWER + DIGITS + (r.chance(0.3) ? '-' : ''), length);
  if (r.chance(0.03)) text = `-${text}`;
  if (r.chance(0.03)) text = `${text}_`;
  return text;
};

function topLevelDomain(r: Random): string {
  const roll = r.next();
  if (roll < 0.55) return r.pick(['com', 'net', 'org', 'de', 'io', 'museum', 'info', 'co', 'uk', 'example', 'local']);
  if (roll < 0.7) return r.pick(HOST_EXCLUDED_WORDS) + (r.chance(0.5) ? '' : r.string(LOWER, r.int(1, 4)));
  if (roll < 0.85) return r.string(LOWER, r.pick([1, 2, 12, 13, 14, r.int(2, 13), r.int(2, 13)]));
  if (roll < 0.9) return `xn--${r.string(LOWER + DIGITS, r.pick([1, 2, 22, 23, r.int(2, 24)]))}`;
  return r.string(LOWER + DIGITS, r.int(2, 6));
}

function hostName(r: Random): string {
  const labels = Array.from({ length: r.chance(0.05) ? 0 : r.pick([1, 1, 2, 3, r.int(1, 6)]) }, () => label(r));
  if (r.chance(0.05)) return Array.from({ length: r.int(60, 130) }, () => label(r, r.int(1, 3))).join('.') + `.${topLevelDomain(r)}`;
  return [...labels, topLevelDomain(r)].join('.') + (r.chance(0.03) ? '.' : '');
}

const emailLocal = (r: Random) => {
  const special = "!#$%&'*+/=?^_`{|}~-";
  const part = () => r.string(LOWER + DIGITS + (r.chance(0.3) ? special : ''), r.int(1, 12));
  const local = Array.from({ length: r.pick([1, 1, 2, 3]) }, part).join('.');
  return r.chance(0.05) ? `"${local} x"` : local;
};

const port = (r: Random) => (r.chance(0.8) ? r.pick(['', '', ':80', ':443', ':8080', ':1', ':65535', `:${r.int(1, 65535)}`]) : r.pick([':0', ':', ':65536', `:${r.int(1, 99999)}`, ':099']));
const urlPath = (r: Random) =>
  Array.from({ length: r.int(0, 4) }, () => `/${r.string(ALNUM + "-._~%!$&'()*+,;=:@" + (r.chance(0.2) ? ' <>[]{}|\\^"é' : ''), r.int(0, 10))}`).join('');

function url(r: Random): string {
  const scheme = r.chance(0.85) ? r.pick(['http', 'https', 'ftp', 'sftp']) : r.pick(['HTTP', 'Https', 'file', 'mailto', 'ftps', 'hxxp']);
  const host = r.chance(0.85) ? r.pick([hostName(r), hostName(r), ipv4(r)]) : r.pick([`[${ipv6(r)}]`, 'localhost', hostName(r).toUpperCase()]);
  const user = r.chance(0.03) ? 'user:pass@' : '';
  const query = r.chance(0.3) ? `?${r.string(ALNUM + '=&%-_.~/?:@' + (r.chance(0.2) ? ' é' : ''), r.int(0, 20))}` : '';
  const fragment = r.chance(0.2) ? `#${r.string(ALNUM + '-_/?:' + (r.chance(0.2) ? ' ' : ''), r.int(0, 10))}` : '';
  return `${scheme}://${user}${host}${port(r)}${urlPath(r)}${query}${fragment}`;
}

function asNumber(r: Random): string {
  const n = r.chance(0.85) ? r.pick([r.int(0, 99_999), r.int(100_000, 499_999_999), 499_999_999]) : r.pick([500_000_000, r.int(500_000_000, 4_294_967_295), 4_294_967_296]);
  const digits = r.chance(0.05) ? `0${n}` : String(n);
  return `${r.chance(0.8) ? 'ASN' : r.pick(['asn', 'Asn', 'AS', 'AS ', 'ASN ', ''])}${digits}`;
}

function cidr(r: Random): string {
  if (r.chance(0.45)) return `${ipv4(r)}/${r.chance(0.9) ? r.int(0, 32) : r.pick([33, '08', 99])}`;
  const groups = Array.from({ length: 8 }, () => (r.chance(0.3) ? (r.chance(0.85) ? '0' : r.pick(['0000', '00'])) : hexGroup(r)));
  const address = r.chance(0.15) ? ipv6(r) : groups.join(':');
  return `${address}/${r.chance(0.9) ? r.int(0, 128) : r.pick([129, '048', 200])}`;
}

const text = (r: Random, length: number) => r.string([...ALNUM, ' ', ' ', '.', ',', '-', ...(r.chance(0.3) ? INTERESTING : [])], length);

function keyName(r: Random): string {
  const root = r.chance(0.9) ? r.pick(REGISTRY_ROOTS) : r.pick(['HKLM', 'HKCU', 'hkey_users', 'HKEY_USER', 'SOFTWARE']);
  const segments = Array.from({ length: r.int(0, 6) }, () => text(r, r.int(0, 12)));
  let value = [root, ...segments].join(r.chance(0.1) ? '\\\\' : '\\');
  if (r.chance(0.1)) value = value.padEnd(r.pick([256, 257, 258]), 'x');
  return value;
}

const userAgentParts = ['Mozilla/5.0', '(Windows NT 10.0; Win64; x64)', 'AppleWebKit/537.36', '(KHTML, like Gecko)', 'Chrome/120.0.0.0', 'Safari/537.36', 'curl/8.4.0', "it's", 'it’s', 'python-requests/2.31', 'Go-http-client/1.1', '[en]', '{x}'];

const GENERATORS: Record<string, Generator[]> = {
  Address: [(r) => ({ field: 'ip', value: r.chance(0.5) ? ipv4(r) : ipv6(r) })],
  EmailAddress: [(r) => ({ field: 'address', value: `${emailLocal(r)}@${r.chance(0.1) ? label(r) : hostName(r)}` })],
  File: [
    (r) => ({ field: 'md5', value: r.string(r.chance(0.3) ? HEX.toUpperCase() : HEX, r.pick([32, 32, 32, 31, 33])) }),
    (r) => ({ field: 'sha1', value: r.string(r.chance(0.3) ? HEX.toUpperCase() : HEX, r.pick([40, 40, 40, 39, 41])) }),
    (r) => ({ field: 'sha256', value: r.string(r.chance(0.3) ? HEX.toUpperCase() + HEX : HEX, r.pick([64, 64, 64, 63, 65])) }),
  ],
  Host: [(r) => ({ field: 'hostName', value: r.chance(0.05) ? ipv4(r) : hostName(r) })],
  URL: [(r) => ({ field: 'text', value: url(r) })],
  ASN: [(r) => ({ field: 'AS Number', value: asNumber(r) })],
  CIDR: [(r) => ({ field: 'Block', value: cidr(r) })],
  'Email Subject': [(r) => ({ field: 'Subject', value: text(r, r.pick([0, 1, r.int(1, 99), 99, 100, 101, r.int(100, 130)])) })],
  Hashtag: [
    (r) => ({
      field: 'Hashtag',
      value: `${r.chance(0.9) ? '#' : ''}${r.string(r.chance(0.7) ? ALNUM + '_' : ALNUM + '_-é.', r.pick([0, 1, 2, r.int(1, 30), 253, 254, 255, 256]))}`,
    }),
  ],
  Mutex: [
    (r) => ({
      field: 'Mutex',
      value: `${r.pick(['', '', 'Global\\', 'Local\\', 'Session\\1\\'])}${text(r, r.pick([0, 1, r.int(1, 40), 259, 260, 261, r.int(250, 270)]))}`,
    }),
  ],
  'Registry Key': [
    (r) => ({ field: 'Key Name', value: keyName(r) }),
    (r) => ({ field: 'Value Name', value: text(r, r.pick([0, 1, r.int(1, 30), 213, 214, 215])) }),
  ],
  'User Agent': [
    (r) => {
      let value = Array.from({ length: r.int(1, 8) }, () => r.pick(userAgentParts)).join(' ');
      if (r.chance(0.15)) value = value.padEnd(r.pick([255, 256, 257]), 'x');
      return { field: 'User Agent String', value };
    },
  ],
};

/** One change that may or may not matter to the platform: case, surroundings, a character in, out or swapped, a line ending. */
function variant(r: Random, value: string): string {
  const at = r.int(0, value.length);
  switch (r.int(0, 9)) {
    case 0:
      return value.toUpperCase();
    case 1:
      return value.toLowerCase();
    case 2:
      return value + r.pick(LINE_ENDINGS);
    case 3:
      return r.pick([' ', '\t', '\u00A0']) + value + r.pick(['', ' ', '\t']);
    case 4:
      return value.slice(0, at) + r.pick(INTERESTING) + value.slice(at);
    case 5:
      return value.slice(0, at) + value.slice(at + 1);
    case 6:
      return value.slice(0, at) + r.pick(INTERESTING) + value.slice(at + 1);
    case 7:
      return value.slice(0, at) + value.slice(at, at + r.int(1, 8)) + value.slice(at);
    case 8:
      return value + value.slice(0, r.int(0, 5));
    default:
      return [...value].map((c) => (r.chance(0.5) ? c.toUpperCase() : c)).join('');
  }
}

/** Values every run includes: each excluded word, each Registry root, each length limit, each line ending. */
function corners(): GeneratedValue[] {
  const value = (type: string, field: string, v: string, kind: GeneratedValue['kind'] = 'variant'): GeneratedValue => ({ type, field, value: v, kind });
  return [
    ...HOST_EXCLUDED_WORDS.flatMap((word) => [
      value('Host', 'hostName', `example.${word}`),
      value('Host', 'hostName', `example.${word}x`),
      value('Host', 'hostName', `example.${word.toUpperCase()}`),
      value('EmailAddress', 'address', `user@example.${word}`),
      value('URL', 'text', `http://example.${word}/`),
    ]),
    ...['dat', 'gif', 'xn'].flatMap((word) => LINE_ENDINGS.map((ending) => value('Host', 'hostName', `example.${word}${ending}`))),
    ...REGISTRY_ROOTS.flatMap((root) => [
      value('Registry Key', 'Key Name', root, 'base'),
      value('Registry Key', 'Key Name', `${root}\\`),
      value('Registry Key', 'Key Name', `${root}\\Software\\\\x`),
      value('Registry Key', 'Key Name', `${root.toLowerCase()}\\Software`),
      value('Registry Key', 'Key Name', `${root}\\${'x'.repeat(257 - root.length - 1)}`, 'base'),
      value('Registry Key', 'Key Name', `${root}\\${'x'.repeat(257 - root.length)}`),
      ...LINE_ENDINGS.map((ending) => value('Registry Key', 'Key Name', `${root}\\Software${ending}`)),
    ]),
    ...[99, 100, 101].map((n) => value('Email Subject', 'Subject', 's'.repeat(n), n <= 100 ? 'base' : 'variant')),
    ...[259, 260, 261].flatMap((n) => [value('Mutex', 'Mutex', 'm'.repeat(n)), value('Mutex', 'Mutex', `Global\\${'m'.repeat(n)}`)]),
    ...[254, 255, 256].map((n) => value('Hashtag', 'Hashtag', `#${'h'.repeat(n)}`)),
    ...[255, 256, 257].map((n) => value('User Agent', 'User Agent String', 'u'.repeat(n))),
    ...[213, 214, 215].map((n) => value('Registry Key', 'Value Name', 'v'.repeat(n))),
    ...[62, 63, 64].map((n) => value('Host', 'hostName', `${'l'.repeat(n)}.com`)),
    ...[12, 13, 14].map((n) => value('Host', 'hostName', `example.${'t'.repeat(n)}`)),
    ...LINE_ENDINGS.flatMap((ending) => [
      value('ASN', 'AS Number', `ASN1${ending}`),
      value('Email Subject', 'Subject', `subject${ending}`),
      value('Mutex', 'Mutex', `mutex${ending}`),
      value('User Agent', 'User Agent String', `agent${ending}`),
      value('Hashtag', 'Hashtag', `#tag${ending}`),
      value('Address', 'ip', `10.0.0.1${ending}`),
      value('CIDR', 'Block', `10.0.0.0/8${ending}`),
      value('File', 'md5', `${'a'.repeat(32)}${ending}`),
    ]),
  ];
}

/**
 * Values for every field of ThreatConnect's 12 types, from a fixed seed: valid values, and
 * variants of them (near misses, case changes, Unicode, line breaks at the end, U+0085, lone
 * surrogates, lengths around every limit, the Host pattern's excluded words, each Registry root).
 */
export function generateIndicatorValues(options: GenerateOptions = {}): GeneratedValue[] {
  const r = new Random(options.seed ?? GENERATOR_SEED);
  const perType = options.perType ?? 2600;
  const out: GeneratedValue[] = [];
  for (const [type, generators] of Object.entries(GENERATORS)) {
    for (let i = 0; i < perType; i++) {
      const { field, value } = r.pick(generators)(r);
      const changed = r.chance(0.55);
      out.push({ type, field, value: changed ? variant(r, value) : value, kind: changed ? 'variant' : 'base' });
    }
    if (type === 'Registry Key') {
      for (const valueType of REGISTRY_VALUE_TYPES) out.push({ type, field: 'Value Type', value: valueType, kind: 'base' });
      out.push({ type, field: 'Value Type', value: 'reg_sz', kind: 'variant' }, { type, field: 'Value Type', value: 'REG_SZ ', kind: 'variant' });
    }
  }
  return [...out, ...corners()];
}
