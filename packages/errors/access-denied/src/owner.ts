import { preview } from '@tclint/core';

/** A way the owner parameter's value is not (correctly) URL-encoded. */
export interface OwnerEncodingProblem {
  code: 'rawWhitespace' | 'plus' | 'loosePercent' | 'unencoded' | 'loneSurrogate' | 'invalidUtf8';
  detail: string;
  fixable: boolean;
}

/** The `owner` query parameter of a request URL. */
export interface OwnerParameter {
  /** The parameter name as written (`owner`, `Owner`, ...). */
  name: string;
  /** The value as it is in the URL. */
  raw: string;
  /** The value percent-decoded, for display; `+` is left as written. */
  decoded: string;
  /** How many owner parameters the URL has (the first one is described). */
  count: number;
  problems: OwnerEncodingProblem[];
  /** The value correctly encoded, when every problem can be repaired. */
  encoded?: string;
  /** Where the raw value is in the URL. */
  start: number;
  end: number;
}

// RFC 3986 query characters that may stay unencoded in a parameter value
// (unreserved, sub-delims other than "&" and "+", ":", "@", "/", "?").
const SAFE_ASCII = new Uint8Array(128);
for (const ch of "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~!$'()*,;=:@/?") SAFE_ASCII[ch.charCodeAt(0)] = 1;
const NEEDS_ATTENTION = /[^A-Za-z0-9\-._~!$'()*,;=:@/?%]|%(?![0-9A-Fa-f]{2})/;

const PROBLEMS: Record<OwnerEncodingProblem['code'], OwnerEncodingProblem> = {
  loosePercent: { code: 'loosePercent', detail: 'a "%" is not followed by two hex digits (a literal percent sign is written %25)', fixable: true },
  plus: { code: 'plus', detail: 'it contains "+", which servers read as a space: a space is written %20 and a plus sign %2B', fixable: false },
  rawWhitespace: { code: 'rawWhitespace', detail: 'it contains a raw space or other whitespace (a space is written %20)', fixable: true },
  loneSurrogate: { code: 'loneSurrogate', detail: 'it contains a lone UTF-16 surrogate, which has no URL encoding', fixable: false },
  unencoded: { code: 'unencoded', detail: 'it contains characters that must be percent-encoded (non-ASCII, quotes, brackets or controls)', fixable: true },
  invalidUtf8: { code: 'invalidUtf8', detail: 'its percent-escapes do not decode to UTF-8 text', fixable: false },
};

/** Finds the first `owner` query parameter (any letter case) of a URL. */
export function findOwnerParameter(url: string): OwnerParameter | undefined {
  const query = url.indexOf('?');
  if (query === -1) return undefined;
  const hash = url.indexOf('#', query);
  const end = hash === -1 ? url.length : hash;
  let first: OwnerParameter | undefined;
  let count = 0;
  // the next "=" is searched again only once passed: a query of a million "&"-separated names without one is read once, not once per name
  let equals = -1;
  for (let start = query + 1; start <= end; ) {
    let stop = url.indexOf('&', start);
    if (stop === -1 || stop > end) stop = end;
    if (equals < start) {
      const next = url.indexOf('=', start);
      equals = next === -1 ? Infinity : next;
    }
    const nameEnd = Math.min(equals, stop);
    if (nameEnd - start === 5 && isOwnerName(url, start)) {
      count++;
      const valueStart = Math.min(nameEnd + 1, stop);
      if (!first) first = describeOwner(url.slice(start, nameEnd), url.slice(valueStart, stop), valueStart, stop);
    }
    start = stop + 1;
  }
  if (first) first.count = count;
  return first;
}

const OWNER = 'owner';

/** Whether the 5 characters at `start` spell "owner" in any letter case (read in place: a query may have a million names). */
function isOwnerName(url: string, start: number): boolean {
  for (let i = 0; i < OWNER.length; i++) {
    const code = url.charCodeAt(start + i);
    const lower = OWNER.charCodeAt(i);
    if (code !== lower && code !== lower - 0x20) return false;
  }
  return true;
}

function describeOwner(name: string, raw: string, start: number, end: number): OwnerParameter {
  const found = new Set<OwnerEncodingProblem['code']>();
  // Owner names are short: of a huge value only the start is read (for its problems and display), and no fix is offered.
  const long = raw.length > DECODE_LIMIT;
  const read = long ? prefixAtEscape(raw, DECODE_LIMIT) : raw;
  const encoded = NEEDS_ATTENTION.test(read) ? encodeOwner(read, found) : read;
  const decoded = decodeForDisplay(encoded);
  if (decoded === undefined) found.add('invalidUtf8');
  const problems = [...found].map((code) => PROBLEMS[code]);
  const owner: OwnerParameter = { name, raw, decoded: decoded ?? read, count: 1, problems, start, end };
  if (!long && problems.length && problems.every((p) => p.fixable)) owner.encoded = encoded;
  return owner;
}

/** The value with everything that must be encoded percent-encoded, noting what was found. */
function encodeOwner(raw: string, found: Set<OwnerEncodingProblem['code']>): string {
  const parts: string[] = [];
  let i = 0;
  while (i < raw.length) {
    const from = i;
    while (i < raw.length && isSafeAt(raw, i)) i += raw.charCodeAt(i) === 0x25 ? 3 : 1;
    if (i > from) parts.push(raw.slice(from, i));
    if (i >= raw.length) break;
    const code = raw.charCodeAt(i);
    const runEnd = endOfRun(raw, i, code);
    const run = raw.slice(i, runEnd);
    if (code === 0x25 /* % */) {
      found.add('loosePercent');
      parts.push('%25'.repeat(run.length));
    } else if (code === 0x2b /* + */) {
      found.add('plus');
      parts.push(run);
    } else if (code >= 0xd800 && code <= 0xdfff && !isPairAt(raw, i)) {
      found.add('loneSurrogate');
    } else {
      if (!found.has('rawWhitespace') && /\s/.test(run)) found.add('rawWhitespace');
      if (!found.has('unencoded') && /\S/.test(run)) found.add('unencoded');
      parts.push(encodeURIComponent(run));
    }
    i = runEnd;
  }
  return parts.join('');
}

function isSafeAt(raw: string, i: number): boolean {
  const code = raw.charCodeAt(i);
  if (code === 0x25) return isHexDigit(raw.charCodeAt(i + 1)) && isHexDigit(raw.charCodeAt(i + 2));
  return code < 128 && SAFE_ASCII[code] === 1;
}

function isPairAt(raw: string, i: number): boolean {
  return raw.charCodeAt(i) <= 0xdbff && isLowSurrogate(raw.charCodeAt(i + 1));
}

/** Where a run of characters needing the same treatment as the one at `i` ends. */
function endOfRun(raw: string, i: number, code: number): number {
  let end = i;
  if (code === 0x25 || code === 0x2b) {
    while (end < raw.length && raw.charCodeAt(end) === code && !isSafeAt(raw, end)) end++;
    return end;
  }
  if (code >= 0xd800 && code <= 0xdfff && !isPairAt(raw, i)) return i + 1;
  // characters encodeURIComponent can encode: unsafe, not "%" or "+", not a lone surrogate
  while (end < raw.length) {
    const c = raw.charCodeAt(end);
    if (c === 0x25 || c === 0x2b || isSafeAt(raw, end)) break;
    if (c >= 0xd800 && c <= 0xdfff) {
      if (!isPairAt(raw, end)) break;
      end += 2;
    } else end++;
  }
  return end;
}

function isHexDigit(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x46) || (code >= 0x61 && code <= 0x66);
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

const DECODE_LIMIT = 4096;

/** The first `limit` characters, without a percent-escape or a surrogate pair cut in two. */
function prefixAtEscape(text: string, limit: number): string {
  let prefix = text.slice(0, limit);
  const percent = prefix.lastIndexOf('%');
  if (percent !== -1 && percent > limit - 3) prefix = prefix.slice(0, percent);
  const last = prefix.charCodeAt(prefix.length - 1);
  return last >= 0xd800 && last <= 0xdbff ? prefix.slice(0, -1) : prefix;
}

function decodeForDisplay(encoded: string): string | undefined {
  try {
    return decodeURIComponent(encoded);
  } catch {
    return undefined;
  }
}

const CREDENTIAL_NAME = /token|secret|key|signature|password|auth/i;

/** Whether any query parameter's name says it carries credentials (`expiredToken`, `api_key`, ...). */
export function hasCredentialParameter(url: string): boolean {
  const query = url.indexOf('?');
  if (query === -1) return false;
  for (const pair of url.slice(query + 1).split('&', 1000)) {
    const eq = pair.indexOf('=');
    if (CREDENTIAL_NAME.test(eq === -1 ? pair.slice(0, 100) : pair.slice(0, Math.min(eq, 100)))) return true;
  }
  return false;
}

/** The longest part of a parameter previewed (a preview shows far less; the rest only counts). */
const PREVIEWED = 4096;

/**
 * `preview(\`${name}=${raw}\`)` without joining them: joined, a 1 MB value
 * would be copied whole as soon as the preview read one character of it.
 */
export function previewParameter(owner: Pick<OwnerParameter, 'name' | 'raw'>): string {
  const length = owner.name.length + 1 + owner.raw.length;
  if (length <= PREVIEWED) return preview(`${owner.name}=${owner.raw}`);
  const head = `${owner.name}=${owner.raw.slice(0, PREVIEWED)}`;
  return `${preview(head, { length: false })} (${length} characters)`;
}

/** The URL with the owner value replaced. */
export function withOwnerValue(url: string, owner: OwnerParameter, value: string): string {
  return url.slice(0, owner.start) + value + url.slice(owner.end);
}
