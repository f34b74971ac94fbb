import { shapeFilter, SHAPE, type Detection, type DetectContext } from '@tclint/core';
import { ipAddressKind, recognizeHostName } from '@tclint/hostname';
import { defangAnalysis } from './defanged-value.js';
import { mayHaveDefangs } from './find-defangs.js';
import { replaceDefangs } from './refang.js';
import { MAX_REFANGED_LENGTH } from './types.js';

/**
 * Confidences just above what each type's own package gives the clean form
 * (URL 0.95, Host, Address, CIDR and EmailAddress 0.9), so that a defanged
 * value, which its type's own `detect` rejects, still gets its type.
 */
export const DEFANGED_CONFIDENCE = {
  URL: 0.97,
  Host: 0.92,
  Address: 0.92,
  CIDR: 0.92,
  EmailAddress: 0.92,
} as const;
/** A dotted IPv4 form with other than four parts (`1[.]2`): an Address by its markers, but a poor one. */
const SHORT_IPV4_CONFIDENCE = 0.6;
/** `evil[.]com/path`, `1[.]2[.]3[.]4/gate.php`: a URL written without its scheme, just above the URL package's own 0.6. */
const SCHEMELESS_CONFIDENCE = 0.65;

const SCHEME = /^[A-Za-z][A-Za-z0-9+.-]{0,31}:\/\/[^\s]/;
const WHITESPACE = /\s/;
const PREFIX = /^[0-9]{1,3}$/;
const IPV4_PORT = /^([0-9]{1,3}(?:\.[0-9]{1,3}){3}):[0-9]{1,5}$/;

/**
 * Sees through defanging: a value with at least one defanged part is refanged
 * and the result typed as a network indicator. Values without defanged parts
 * are left to the types' own packages; refanged values that are no network
 * indicator (a Registry Key, a Mutex, a User Agent with brackets in it) are
 * not claimed.
 */
export function detectDefanged(value: string, context?: DetectContext): Detection | undefined {
  if (typeof value !== 'string' || value.length > MAX_REFANGED_LENGTH) return undefined;
  const defangs = context ? context.analyze(defangAnalysis, value) : defangAnalysis.analyze(value);
  if (defangs.length === 0) return undefined;
  const clean = replaceDefangs(value, defangs).trim();
  if (SCHEME.test(clean)) return WHITESPACE.test(clean) ? undefined : { type: 'URL', confidence: DEFANGED_CONFIDENCE.URL };
  if (clean === '' || WHITESPACE.test(clean)) return undefined;
  return classify(clean);
}

function classify(clean: string): Detection | undefined {
  const at = clean.indexOf('@');
  if (at >= 0) {
    const local = clean.slice(0, at);
    const domain = clean.slice(at + 1);
    const plausibleLocal = local !== '' && !/[:/\\@[\]()<>,;"]/.test(local);
    return plausibleLocal && recognizeHostName(domain) ? { type: 'EmailAddress', confidence: DEFANGED_CONFIDENCE.EmailAddress } : undefined;
  }
  const slash = clean.indexOf('/');
  if (slash >= 0) {
    const before = clean.slice(0, slash);
    if (ipAddressKind(before) && PREFIX.test(clean.slice(slash + 1))) return { type: 'CIDR', confidence: DEFANGED_CONFIDENCE.CIDR };
    return ipAddressKind(before) === 4 || recognizeHostName(before) ? { type: 'URL', confidence: SCHEMELESS_CONFIDENCE } : undefined;
  }
  const ip = ipAddressKind(clean);
  if (ip === 6) return { type: 'Address', confidence: DEFANGED_CONFIDENCE.Address };
  if (ip === 4) return { type: 'Address', confidence: clean.split('.').length === 4 ? DEFANGED_CONFIDENCE.Address : SHORT_IPV4_CONFIDENCE };
  // an IPv4 address and a port (88.218.192[.]128:5633): an Address, which the Address rules say has a port
  const port = IPV4_PORT.exec(clean);
  if (port && ipAddressKind(port[1]!) === 4) return { type: 'Address', confidence: DEFANGED_CONFIDENCE.Address };
  return recognizeHostName(clean) ? { type: 'Host', confidence: DEFANGED_CONFIDENCE.Host } : undefined;
}

const defangedShape = shapeFilter({ any: SHAPE.BRACKET | SHAPE.COLON, minLength: 4, maxLength: MAX_REFANGED_LENGTH });

/** The values `detectDefanged` can recognize: a bracket (`[.]`) or the colon of an `hxxp:` scheme, which `mayHaveDefangs` looks for. */
export const mayDetectDefanged = (shape: number, length: number, value: string): boolean => defangedShape(shape, length) && mayHaveDefangs(value);
