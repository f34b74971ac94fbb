import { toASCII, toUnicode } from 'tr46';
import { firstInvalidChar, isAscii } from './chars.js';
import { preview, previewChar } from '@tclint/core';

/*
 * UTS #46 through tr46, always non-transitional (faß.de -> xn--fa-hia.de).
 * useSTD3ASCIIRules and verifyDNSLength stay off here: the ASCII checks in
 * check-ascii-name.ts apply the letters-digits-hyphen rule (with underscores
 * allowed by policy, which STD3 would reject) and the length limits, and say
 * exactly which label breaks them.
 */
const LENIENT = {
  checkHyphens: false,
  checkBidi: false,
  checkJoiners: false,
  useSTD3ASCIIRules: false,
  transitionalProcessing: false,
  verifyDNSLength: false,
} as const;
/** Everything UTS #46 checks within one label: hyphen positions and the CONTEXTJ rules for joiners. */
const STRICT_LABEL = { ...LENIENT, checkHyphens: true, checkJoiners: true } as const;
const WITH_BIDI = { ...LENIENT, checkBidi: true } as const;

export type Conversion = { ascii: string } | { reason: string };

/**
 * Converts one label that holds non-ASCII characters: UTS #46 mapping (case
 * folding, NFC, width folding), validation, then Punycode. `reason` says why
 * it cannot be converted, naming the label.
 */
export function convertLabel(label: string): Conversion {
  const strict = toASCII(label, STRICT_LABEL);
  if (strict === null) return { reason: `label ${preview(label)} ${whyInputLabelFails(label)}` };
  // UTS #46 maps some characters to ASCII punctuation (U+FF01 to "!"), which no host name may hold
  const bad = strict.split('.').find((part) => firstInvalidChar(part) >= 0);
  if (bad !== undefined) {
    const char = previewChar(bad[firstInvalidChar(bad)]!);
    const mapped = toUnicode(label, LENIENT).domain;
    if (mapped === label) return { reason: `label ${preview(label)} contains ${char}, which is not allowed in a host name` };
    return { reason: `label ${preview(label)} becomes ${preview(mapped)} under UTS #46 mapping, and ${char} is not allowed in a host name` };
  }
  return { ascii: strict };
}

/** Why a Punycode (`xn--`) label is not a valid IDNA label; undefined when it is. */
export function aLabelProblem(label: string): string | undefined {
  // A label the strict conversion gives back unchanged is valid, and the lenient decoding below cannot fail on
  // it (the strict checks include the lenient ones: its hyphen rule covers a decoded "xn--"), so one call settles
  // the common case; only a label with a problem is looked at again to say which.
  if (toASCII(label, STRICT_LABEL) === label) return undefined;
  const shown = preview(label);
  const decoded = toUnicode(label, LENIENT);
  if (decoded.error) {
    if (decoded.domain === label) return `label ${shown} is not valid Punycode`;
    if (isAscii(decoded.domain)) return `label ${shown} encodes only ASCII (${preview(decoded.domain)}), which is never written in Punycode`;
    return `label ${shown} decodes to ${preview(decoded.domain)}, which ${whyDecodedLabelFails(decoded.domain)}`;
  }
  const strict = toASCII(label, STRICT_LABEL);
  if (strict === null) return `label ${shown} decodes to ${preview(decoded.domain)}, which ${whyDecodedLabelFails(decoded.domain)}`;
  if (strict !== label) return `label ${shown} is not the standard Punycode of ${preview(decoded.domain)} (that is ${preview(strict)})`;
  return undefined;
}

/**
 * Why an ASCII name with Punycode labels breaks the Bidi rule (RFC 5893);
 * undefined when it does not, or when it fails for another reason (reported
 * elsewhere).
 */
export function bidiProblem(asciiName: string): string | undefined {
  if (toASCII(asciiName, LENIENT) === null) return undefined;
  if (toASCII(asciiName, WITH_BIDI) !== null) return undefined;
  return 'the name has right-to-left labels and breaks the Bidi rule (RFC 5893), which, among other things, wants every label to start with a letter';
}

const COMBINING_MARK = /^\p{M}/u;

/** A label the user wrote (before mapping) that UTS #46 rejects. */
function whyInputLabelFails(label: string): string {
  if (/^xn--/i.test(label)) return 'starts with "xn--" but is not ASCII';
  const disallowed = firstDisallowed(label, false);
  if (disallowed) return `contains ${previewChar(disallowed)}, which UTS #46 does not allow in a host name`;
  const mapped = toUnicode(label, LENIENT).domain;
  return whyValidCharsFail(mapped);
}

/** A label decoded from Punycode: it must already be in its mapped, normalized form. */
function whyDecodedLabelFails(label: string): string {
  if (label.normalize('NFC') !== label) return 'is not in Unicode normalization form NFC';
  const disallowed = firstDisallowed(label, true);
  if (disallowed) return `contains ${previewChar(disallowed)}, which is not valid in a Punycode label (UTS #46 disallows or maps it)`;
  return whyValidCharsFail(label);
}

/** For a label whose characters are each allowed: which of the per-label rules it breaks. */
function whyValidCharsFail(label: string): string {
  if (COMBINING_MARK.test(label)) return 'starts with a combining mark';
  if (label.startsWith('-') || label.endsWith('-')) return 'starts or ends with a hyphen';
  if (label[2] === '-' && label[3] === '-') return 'has hyphens in the 3rd and 4th positions';
  if (toASCII(label, { ...LENIENT, checkJoiners: true }) === null) {
    return 'has a zero-width joiner or non-joiner (U+200D, U+200C) where the CONTEXTJ rules (RFC 5892) forbid it';
  }
  return 'is not allowed by UTS #46';
}

/**
 * The first character UTS #46 disallows. With `mustBeValid`, also the first
 * one it would map to something else (a decoded Punycode label must hold only
 * valid characters).
 */
function firstDisallowed(label: string, mustBeValid: boolean): string | undefined {
  for (const char of label) {
    // a combining mark is judged after a base letter, so "starts with a mark" is not mistaken for "disallowed"
    const probe = COMBINING_MARK.test(char) ? `a${char}` : char;
    const result = toUnicode(probe, LENIENT);
    if (result.error) return char;
    if (mustBeValid && result.domain !== probe) return char;
  }
  return undefined;
}
