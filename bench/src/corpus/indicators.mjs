import { ipv6CidrBlock } from './ipv6-cidr.mjs';
import { maskGroups, threatConnectForm, joinGroups, hexGroup, canonicalRun } from './ipv6-text.mjs';
import { defangHost, EXTENSIONS, guid, hex, hostName, ipv4, PATH_WORDS, shout, UNICODE_LABELS, word } from './words.mjs';

/**
 * One generator per ThreatConnect indicator type. Each returns the summary
 * line of a valid value, or with `malformed` one of the mistakes feeds make
 * (most of them fixable: spaces in ASNs, compressed IPv6, upper-case and
 * Unicode hosts, `HKLM\` keys, defanged URLs).
 */

function ipv6Groups(rng, prefix = 128) {
  const groups = [rng.pick([0x2001, 0x2400 + rng.int(0x800), 0x2a00 + rng.int(16), 0xfd00 + rng.int(256)])];
  for (let i = 1; i < 8; i++) groups.push(rng.chance(0.4) ? 0 : rng.int(0x10000));
  return maskGroups(groups, prefix);
}

function compressed(groups, upper = false) {
  return joinGroups(groups.map((g) => hexGroup(g, 1, upper)), canonicalRun(groups));
}

function unicodeHost(rng) {
  return `${rng.chance(0.3) ? 'www.' : ''}${rng.pick(UNICODE_LABELS)}.${rng.pick(['com', 'de', 'at', 'ch', 'museum', 'net', 'ru', 'jp', 'cn'])}`;
}

function urlPath(rng) {
  let path = '';
  const depth = rng.int(4);
  for (let i = 0; i < depth; i++) path += `/${rng.chance(0.6) ? rng.pick(PATH_WORDS) : word(rng)}`;
  if (depth > 0) path += rng.pick(EXTENSIONS);
  else if (rng.chance(0.5)) path = '/';
  if (rng.chance(0.2)) path += `?id=${rng.int(100000)}&u=${hex(rng, 6)}`;
  return path;
}

export const address = (rng, malformed) => {
  if (!malformed) return rng.chance(0.85) ? ipv4(rng) : threatConnectForm(ipv6Groups(rng));
  switch (rng.int(4)) {
    case 0: return compressed(ipv6Groups(rng));
    case 1: return compressed(ipv6Groups(rng), true);
    case 2: return defangHost(rng, ipv4(rng));
    default: return ` ${ipv4(rng)} `;
  }
};

export const emailAddress = (rng, malformed) => {
  const local = rng.chance(0.5) ? word(rng, 2) : `${word(rng, 2)}.${word(rng, 2)}${rng.chance(0.3) ? rng.int(100) : ''}`;
  if (!malformed) return `${local}@${hostName(rng)}`;
  switch (rng.int(3)) {
    case 0: return `${local}@${shout(rng, hostName(rng))}`;
    case 1: return `${local}@${unicodeHost(rng)}`;
    default: return `${local}[@]${defangHost(rng, hostName(rng))}`;
  }
};

export const file = (rng, malformed) => {
  const kind = rng.int(10);
  const value = kind < 5 ? hex(rng, 32) : kind < 8 ? hex(rng, 64) : kind < 9 ? hex(rng, 40) : `${hex(rng, 32)} : ${hex(rng, 40)} : ${hex(rng, 64)}`;
  return malformed ? value.toUpperCase() : value;
};

export const host = (rng, malformed) => {
  if (!malformed) return hostName(rng);
  switch (rng.int(4)) {
    case 0: return shout(rng, hostName(rng));
    case 1: return unicodeHost(rng);
    case 2: return defangHost(rng, hostName(rng));
    default: return `${hostName(rng)}.`;
  }
};

export const url = (rng, malformed) => {
  const scheme = rng.chance(0.6) ? 'https' : 'http';
  const where = rng.chance(0.1) ? ipv4(rng) : hostName(rng);
  const port = rng.chance(0.05) ? `:${rng.pick([8080, 8443, 81, 4443])}` : '';
  if (!malformed) return `${scheme}://${where}${port}${urlPath(rng)}`;
  switch (rng.int(4)) {
    case 0:
    case 1: return `${scheme.replace('tt', rng.pick(['xx', 'XX', 'xX']))}://${defangHost(rng, where)}${port}${urlPath(rng)}`;
    case 2: return `${scheme}://${shout(rng, hostName(rng))}${port}${urlPath(rng)}`;
    default: return `${scheme}://${unicodeHost(rng)}${urlPath(rng)}`;
  }
};

export const asn = (rng, malformed) => {
  const n = rng.chance(0.8) ? rng.range(1, 65000) : rng.range(131072, 400000);
  if (!malformed) return `ASN${n}`;
  return `${rng.pick(['AS ', 'ASN ', 'AS', 'as', 'asn ', 'AS  '])}${n}`;
};

export const cidr = (rng, malformed) => {
  if (rng.chance(0.7)) {
    const prefix = rng.pick([8, 12, 16, 20, 22, 23, 24, 24, 24, 25, 27, 28, 29, 30, 32]);
    const octets = ipv4(rng).split('.').map(Number);
    const bits = ((octets[0] << 24) | (octets[1] << 16) | (octets[2] << 8) | octets[3]) >>> 0;
    const network = prefix === 0 ? 0 : (bits & (0xffffffff << (32 - prefix))) >>> 0;
    const used = malformed ? bits : network; // host bits set: the fix masks them
    return `${used >>> 24}.${(used >>> 16) & 255}.${(used >>> 8) & 255}.${used & 255}/${prefix}`;
  }
  return malformed ? ipv6CidrBlock(rng) : `${threatConnectForm(ipv6Groups(rng, 48))}/48`;
};

const ROOTS = ['HKEY_LOCAL_MACHINE', 'HKEY_LOCAL_MACHINE', 'HKEY_CURRENT_USER', 'HKEY_CLASSES_ROOT', 'HKEY_USERS'];
const ABBREVIATIONS = { HKEY_LOCAL_MACHINE: 'HKLM', HKEY_CURRENT_USER: 'HKCU', HKEY_CLASSES_ROOT: 'HKCR', HKEY_USERS: 'HKU' };
const KEY_PATHS = [
  'Software\\Microsoft\\Windows\\CurrentVersion\\Run',
  'Software\\Microsoft\\Windows\\CurrentVersion\\RunOnce',
  'Software\\Microsoft\\Windows NT\\CurrentVersion\\Winlogon',
  'System\\CurrentControlSet\\Services',
  'Software\\Classes\\CLSID',
  'Software\\Microsoft\\Windows NT\\CurrentVersion\\WbemPerf\\001',
];
const VALUE_TYPES = ['REG_SZ', 'REG_SZ', 'REG_DWORD', 'REG_EXPAND_SZ', 'REG_BINARY', 'REG_NONE'];

export const registryKey = (rng, malformed) => {
  const root = rng.pick(ROOTS);
  let path = rng.pick(KEY_PATHS);
  if (path.endsWith('Services') || path.endsWith('CLSID')) path += `\\${path.endsWith('CLSID') ? `{${guid(rng)}}` : word(rng)}`;
  const valueName = rng.chance(0.15) ? ' ' : word(rng);
  const type = rng.pick(VALUE_TYPES);
  if (!malformed) return `${root}\\${path} : ${valueName} : ${type}`;
  return rng.chance(0.8) ? `${ABBREVIATIONS[root]}\\${path} : ${valueName} : ${type}` : `${root}\\${path} : ${valueName} : ${type.toLowerCase()}`;
};

export const mutex = (rng, malformed) => {
  const name = rng.pick([() => `{${guid(rng)}}`, () => `${word(rng)}_${hex(rng, 8)}`, () => `DC_MUTEX-${hex(rng, 7).toUpperCase()}`, () => `${word(rng, 2)}Mtx${rng.int(100)}`])();
  const value = `${rng.pick(['Global', 'Global', 'Local'])}\\${name}`;
  return malformed ? `${value} ` : value;
};

const BROWSERS = [
  (rng) => `Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/${rng.range(90, 126)}.0.${rng.range(1000, 6500)}.${rng.int(200)} Safari/537.36`,
  (rng) => `Mozilla/5.0 (X11; Linux x86_64; rv:${rng.range(90, 128)}.0) Gecko/20100101 Firefox/${rng.range(90, 128)}.0`,
  (rng) => `Mozilla/4.0 (compatible; MSIE ${rng.range(6, 8)}.0; Windows NT 5.1; SV1)`,
  (rng) => `curl/7.${rng.range(20, 88)}.${rng.int(3)}`,
  (rng) => `python-requests/2.${rng.range(10, 31)}.${rng.int(3)}`,
];

export const userAgent = (rng, malformed) => {
  const value = rng.pick(BROWSERS)(rng);
  return malformed ? `${value}  ` : value;
};

const SUBJECTS = ['Invoice {n} overdue', 'Payment confirmation #{n}', 'Your account has been suspended', 'DHL Shipment Notification {n}', 'Urgent: wire transfer', 'Scanned document {n}', 'Password expires today'];

export const emailSubject = (rng, malformed) => {
  const text = `${rng.pick(['Re', 'RE', 'Fwd', 'FW', 'AW'])}: ${rng.pick(SUBJECTS).replace('{n}', String(rng.int(100000)))}`;
  return malformed ? ` ${text}` : text;
};

const TAGS = ['apt28', 'apt29', 'emotet', 'ransomware', 'phishing', 'cobaltstrike', 'lazarus', 'qakbot', 'c2', 'fin7'];

export const hashtag = (rng, malformed) => {
  const tag = `#${rng.pick(TAGS)}${rng.chance(0.2) ? rng.int(100) : ''}`;
  return malformed ? `${tag} ` : tag;
};
