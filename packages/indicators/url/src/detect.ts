import { shapeFilter, SHAPE, type Detection } from '@tclint/core';
import { ipAddressKind, recognizeHostName } from '@tclint/hostname';

/** How sure `detectUrl` is of `scheme://...`: above a Host's 0.9, so a URL is never taken for a host. */
export const URL_CONFIDENCE = 0.95;
/**
 * A real host name (its top-level domain in the Public Suffix List) or a dotted IPv4 address followed by a
 * path is a URL written without its scheme, as report appendices list them: typed URL (below a Host's 0.9),
 * so that url/scheme reports the missing scheme with the form to send rather than the type going unknown.
 */
export const SCHEMELESS_CONFIDENCE = 0.6;

const SCHEME_AND_SLASHES = /^[A-Za-z][A-Za-z0-9+.-]{0,31}:\/\//;
const MAX_HOST_PORT = 1100;
const HOST_PORT = /^([^/:]+)(?::[0-9]{1,5})?$/;
const DOTTED_IPV4 = /^[0-9]{1,3}(?:\.[0-9]{1,3}){3}$/;

/**
 * Recognizes `scheme://...` with confidence. A host name or a dotted IPv4
 * address (with or without a port) followed by a path (`example.com/path`,
 * `212.192.241.155/up/setup.exe`) is a URL written without its scheme, with
 * less confidence; url/scheme then reports the missing scheme.
 */
export function detectUrl(value: string): Detection | undefined {
  const text = value.trimStart();
  if (SCHEME_AND_SLASHES.test(text)) return { type: 'URL', confidence: URL_CONFIDENCE };
  const slash = text.indexOf('/');
  if (slash <= 0 || slash > MAX_HOST_PORT) return undefined;
  const hostPort = HOST_PORT.exec(text.slice(0, slash));
  if (!hostPort) return undefined;
  const host = hostPort[1]!;
  // "10.0.0.0/8" is a CIDR block: an address followed by digits only is left to the CIDR package
  if (DOTTED_IPV4.test(host) && ipAddressKind(host) === 4) return /^\/[0-9]*\s*$/.test(text.slice(slash)) ? undefined : { type: 'URL', confidence: SCHEMELESS_CONFIDENCE };
  return recognizeHostName(host) ? { type: 'URL', confidence: SCHEMELESS_CONFIDENCE } : undefined;
}

const urlShape = shapeFilter({ all: SHAPE.SLASH, minLength: 3 });

/**
 * The values `detectUrl` can recognize: a slash is always there, and either
 * `://` or a dot before the first slash (a host name has two labels or more,
 * a dotted IPv4 address three dots). A User Agent's `Mozilla/5.0` stops here.
 */
export const mayDetectUrl = (shape: number, length: number, value: string): boolean =>
  urlShape(shape, length) && ((shape & SHAPE.SCHEME) !== 0 || hasDotBefore(value, value.indexOf('/')));

/** A label separator (any UTS #46 dot) before `end`. */
function hasDotBefore(value: string, end: number): boolean {
  for (let i = 0; i < end; i++) {
    const code = value.charCodeAt(i);
    if (code === 0x2e || code === 0x3002 || code === 0xff0e || code === 0xff61) return true;
  }
  return false;
}
