import { parseRequestTarget } from './request-target.js';

/**
 * A character of a URL's path or query that can never be on an HTTP request
 * line as written: HTTP clients send it percent-encoded (Python's requests,
 * which TcEx uses, encodes it before signing), so ThreatConnect verifies the
 * signature over the encoded form.
 */
export interface UnsendableCharacter {
  /** Index in the URL. */
  readonly index: number;
  /** The character (a whole code point, or a lone surrogate). */
  readonly character: string;
  /** `a space`, `"{" (U+007B)`, `"é" (U+00E9)`. */
  readonly description: string;
}

// RFC 3986 allows none of these in a path or query; requests' requote_uri encodes each of them.
const UNSENDABLE = /[\u0000-\u0020"<>\\^`{|}\u007f-\uffff]/;

/** The first character of the URL's path or query (not its fragment, never sent) that no request line can carry as written. */
export function findUnsendableCharacter(url: string): UnsendableCharacter | undefined {
  const { start, end } = requestTargetBounds(url);
  const found = UNSENDABLE.exec(url.slice(start, end));
  if (!found) return undefined;
  const index = start + found.index;
  const character = String.fromCodePoint(url.codePointAt(index)!);
  const lone = character.length === 1 && character.charCodeAt(0) >= 0xd800 && character.charCodeAt(0) <= 0xdfff;
  return { index, character: lone ? url[index]! : character, description: describeCharacter(lone ? url[index]! : character) };
}

/**
 * The URL with every unsendable character of its path and query
 * percent-encoded as UTF-8 (`Common Community` -> `Common%20Community`), as an
 * HTTP client sends it; everything else is kept byte for byte. Undefined
 * when the URL holds a lone UTF-16 surrogate, which has no UTF-8 form.
 */
export function sendableUrl(url: string): string | undefined {
  const { start, end } = requestTargetBounds(url);
  let out = url.slice(0, start);
  for (let i = start; i < end; i++) {
    const code = url.charCodeAt(i);
    if (!UNSENDABLE.test(url[i]!)) {
      out += url[i];
    } else if (code < 0x80) {
      out += `%${code.toString(16).toUpperCase().padStart(2, '0')}`;
    } else {
      const point = url.codePointAt(i)!;
      if (point >= 0xd800 && point <= 0xdfff) return undefined;
      if (point > 0xffff) i++;
      out += encodeURIComponent(String.fromCodePoint(point));
    }
  }
  return out + url.slice(end);
}

/**
 * Thrown for a URL that holds a character no request line can carry:
 * `sendableUrl` is the URL as an HTTP client sends it, which is what
 * ThreatConnect verifies (undefined when there is none, or when it would
 * hold the secret key: the error never carries it).
 */
export class UnsendableUrlError extends TypeError {
  override readonly name = 'UnsendableUrlError';
  constructor(
    message: string,
    readonly character: UnsendableCharacter,
    readonly sendableUrl: string | undefined,
  ) {
    super(message);
  }
}

/** Throws an UnsendableUrlError (message prefixed with `caller: `) when the URL cannot be sent as written. */
export function assertSendableUrl(caller: string, url: string, secret?: string): void {
  const found = findUnsendableCharacter(url);
  if (!found) return;
  const fixed = sendableUrl(url);
  const safe = fixed !== undefined && !(secret && fixed.includes(secret)) ? fixed : undefined;
  const what = `${caller}: the URL holds ${found.description} at character ${found.index + 1}, which an HTTP request line cannot carry as written`;
  const why = 'HTTP clients send it percent-encoded, and ThreatConnect verifies the signature over what they send';
  const instead = safe !== undefined ? `; sign the URL as it is sent: ${safe}` : fixed === undefined ? '; a lone UTF-16 surrogate has no UTF-8 form, so no client can send it' : '; percent-encode it and sign the URL as it is sent';
  throw new UnsendableUrlError(`${what}: ${why}${instead}`, found, safe);
}

/** Where the path and query are in the URL (after `scheme://authority`, before `#`). */
function requestTargetBounds(url: string): { start: number; end: number } {
  const target = parseRequestTarget(url);
  const start = target.origin?.length ?? 0;
  const hash = url.indexOf('#', start);
  return { start, end: hash < 0 ? url.length : hash };
}

function describeCharacter(character: string): string {
  const code = character.codePointAt(0)!;
  const hex = `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
  if (code === 0x20) return 'a space';
  if (code < 0x20 || code === 0x7f || (code >= 0x80 && code < 0xa0)) return `a control character (${hex})`;
  if (code >= 0xd800 && code <= 0xdfff) return `a lone surrogate (${hex})`;
  if (code >= 0x80 && /\s/.test(character)) return `a non-ASCII space (${hex})`;
  return `${JSON.stringify(character)} (${hex})`;
}
