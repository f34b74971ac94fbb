/** A range of the value, `start` inclusive, `end` exclusive. */
export interface Span {
  start: number;
  end: number;
}

/**
 * Where the parts of a URL are, as offsets into the value as given, so a fix
 * can replace one part and keep every other byte.
 */
export interface UrlScan {
  /** The URL without surrounding whitespace. */
  start: number;
  end: number;
  /** The scheme, without its ":". */
  scheme?: Span;
  /** After `//`: userinfo@host:port, up to the path, query or fragment. */
  authority?: Span;
  /** Before the last "@" of the authority, without it. */
  userinfo?: Span;
  /** The host, with the brackets of an IP literal. */
  host?: Span;
  /** After the ":" that follows the host (may be empty). */
  port?: Span;
  /** Text after "]" of an IP literal that is not ":port". */
  afterHost?: Span;
}

/** Schemes whose URLs always have a host (WHATWG "special" schemes, `file` aside). */
export const HOST_SCHEMES: ReadonlySet<string> = new Set(['http', 'https', 'ws', 'wss', 'ftp']);
/** Schemes in which a backslash ends the authority, as a slash does (WHATWG special schemes). */
const SPECIAL_SCHEMES: ReadonlySet<string> = new Set([...HOST_SCHEMES, 'file']);

/**
 * Finds scheme, authority, userinfo, host and port in one pass, the way a
 * WHATWG URL parser splits them (last "@" ends the userinfo; a bracketed host
 * is an IP literal; for special schemes a backslash ends the authority), but
 * without normalizing anything. Never throws; linear in the length.
 */
export function scanUrl(value: string): UrlScan {
  const start = value.length - value.trimStart().length;
  const end = Math.max(start, value.trimEnd().length);
  const scan: UrlScan = { start, end };

  const colon = schemeEnd(value, start, end);
  if (colon < 0) return scan;
  scan.scheme = { start, end: colon };
  if (value[colon + 1] !== '/' || value[colon + 2] !== '/') return scan;

  const special = SPECIAL_SCHEMES.has(value.slice(start, colon).toLowerCase());
  const authStart = colon + 3;
  let authEnd = authStart;
  while (authEnd < end) {
    const c = value[authEnd];
    if (c === '/' || c === '?' || c === '#' || (special && c === '\\')) break;
    authEnd++;
  }
  scan.authority = { start: authStart, end: authEnd };

  const at = value.lastIndexOf('@', authEnd - 1);
  const hostStart = at >= authStart ? at + 1 : authStart;
  if (at >= authStart) scan.userinfo = { start: authStart, end: at };

  if (value[hostStart] === '[') {
    const close = value.indexOf(']', hostStart);
    if (close < 0 || close >= authEnd) {
      scan.host = { start: hostStart, end: authEnd };
      return scan;
    }
    scan.host = { start: hostStart, end: close + 1 };
    if (close + 1 < authEnd) {
      if (value[close + 1] === ':') scan.port = { start: close + 2, end: authEnd };
      else scan.afterHost = { start: close + 1, end: authEnd };
    }
    return scan;
  }
  const portColon = value.indexOf(':', hostStart);
  if (portColon >= 0 && portColon < authEnd) {
    scan.host = { start: hostStart, end: portColon };
    scan.port = { start: portColon + 1, end: authEnd };
  } else scan.host = { start: hostStart, end: authEnd };
  return scan;
}

/**
 * The index of the ":" that ends a scheme starting at `start`, or -1. A
 * would-be scheme that is really a host and port (`example.com:8080/path`,
 * `localhost:3000`) is not one.
 */
function schemeEnd(value: string, start: number, end: number): number {
  if (start >= end || !isAlpha(value.charCodeAt(start))) return -1;
  let i = start + 1;
  while (i < end && isSchemeChar(value.charCodeAt(i))) i++;
  if (i >= end || value[i] !== ':') return -1;
  const name = value.slice(start, i);
  if ((name.includes('.') || name.toLowerCase() === 'localhost') && portFollows(value, i + 1, end)) return -1;
  return i;
}

/** Digits, then the end or a path, query or fragment. */
function portFollows(value: string, from: number, end: number): boolean {
  let i = from;
  while (i < end && value.charCodeAt(i) >= 0x30 && value.charCodeAt(i) <= 0x39) i++;
  return i > from && (i === end || value[i] === '/' || value[i] === '?' || value[i] === '#');
}

function isAlpha(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}

function isSchemeChar(code: number): boolean {
  return isAlpha(code) || (code >= 0x30 && code <= 0x39) || code === 0x2b || code === 0x2d || code === 0x2e;
}
