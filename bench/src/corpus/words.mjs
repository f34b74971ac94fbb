/** Vocabulary for synthetic indicators: pronounceable labels, TLDs, Unicode labels, paths. */

const ONSETS = ['b', 'c', 'd', 'f', 'g', 'h', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'z', 'br', 'cl', 'dr', 'gr', 'pl', 'st', 'tr', 'sh', 'ch'];
const VOWELS = ['a', 'e', 'i', 'o', 'u', 'ai', 'ou', 'y'];
const CODAS = ['', '', 'n', 'r', 's', 'x', 't', 'm', 'ck'];

/** A pronounceable lower-case word of 1..syllables syllables. */
export function word(rng, syllables = 3) {
  let out = '';
  const n = rng.range(1, syllables);
  for (let i = 0; i < n; i++) out += rng.pick(ONSETS) + rng.pick(VOWELS) + rng.pick(CODAS);
  return out;
}

export const TLDS = ['com', 'com', 'com', 'net', 'net', 'org', 'info', 'ru', 'cn', 'io', 'xyz', 'top', 'de', 'co.uk', 'biz', 'online', 'site', 'club', 'br', 'in'];
export const SUBDOMAINS = ['www', 'mail', 'cdn', 'api', 'login', 'secure', 'update', 'static', 'm', 'ns1', 'vpn', 'portal', 'docs', 'files'];
/** Internationalized labels (the seed's österreich among them). */
export const UNICODE_LABELS = ['österreich', 'bücher', 'münchen', 'zürich', 'café', 'españa', 'пример', 'почта', '例え', '中国银行', 'ελλάδα', 'straße', 'köln', 'tōkyō', 'ñandú'];
export const PATH_WORDS = ['login', 'admin', 'wp-content', 'uploads', 'invoice', 'update', 'download', 'gate', 'panel', 'index', 'api', 'v1', 'files', 'doc', 'secure'];
export const EXTENSIONS = ['.php', '.exe', '.zip', '.html', '.js', '.doc', '.bin', '', '', ''];

/** A lower-case host name: optional subdomain, a registered name, a TLD. */
export function hostName(rng) {
  const sub = rng.chance(0.4) ? `${rng.pick(SUBDOMAINS)}.` : '';
  const base = rng.chance(0.2) ? `${word(rng, 2)}-${word(rng, 2)}` : rng.chance(0.1) ? `${word(rng, 2)}${rng.int(1000)}` : word(rng);
  return `${sub}${base}.${rng.pick(TLDS)}`;
}

/** A routable-looking IPv4 address. */
export function ipv4(rng) {
  return `${rng.range(1, 223)}.${rng.int(256)}.${rng.int(256)}.${rng.range(1, 254)}`;
}

export function hex(rng, digits) {
  let out = '';
  while (out.length < digits) out += rng.u32().toString(16).padStart(8, '0');
  return out.slice(0, digits);
}

export function guid(rng) {
  const h = hex(rng, 32);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/** Upper-cases some or all letters of a host name. */
export function shout(rng, text) {
  const how = rng.int(3);
  if (how === 0) return text.toUpperCase();
  if (how === 1) return text.split('.').map((l) => l.charAt(0).toUpperCase() + l.slice(1)).join('.');
  return [...text].map((c) => (rng.chance(0.4) ? c.toUpperCase() : c)).join('');
}

/** Defangs the dots of a host name the way feeds publish them (`example[.]com`). */
export function defangHost(rng, host) {
  const dot = rng.pick(['[.]', '[.]', '[.]', '(.)', '[dot]']);
  const lastDot = host.lastIndexOf('.');
  const allDots = rng.chance(0.5);
  let out = '';
  for (let i = 0; i < host.length; i++) out += host[i] === '.' && (allDots || i === lastDot) ? dot : host[i];
  return out;
}
