import { mayBeBidiDomain } from './bidi-domain.js';
import { charAt, isLabelChar } from './chars.js';
import { aLabelProblem, bidiProblem } from '@tclint/hostname/idna';
import type { HostProblem, HostProblemCode } from './problem.js';

export const MAX_NAME_LENGTH = 253;
export const MAX_LABEL_LENGTH = 63;
/** Past this length nothing is decoded any more: the name is far too long whatever it holds. */
export const MAX_DECODED_INPUT = 1024;

type Finding = { -readonly [K in keyof Omit<HostProblem, 'code'>]: HostProblem[K] } & { count: number };

/** Problems reported once per name, first label named, in this order. */
const LABEL_CODES: readonly HostProblemCode[] = [
  'invalid-character',
  'empty-label',
  'label-too-long',
  'hyphen-edge',
  'reserved-hyphens',
  'numeric-tld',
  'invalid-idn',
  'underscore',
];

const DOT = 0x2e;
const HYPHEN = 0x2d;
const UNDERSCORE = 0x5f;

/** `example[.]com`, `example(.)com`, `example[dot]com`: how feeds publish hosts so nobody clicks them. */
export function looksDefanged(text: string): boolean {
  return /\[\.\]|\(\.\)|\[dot\]|\(dot\)/i.test(text);
}

/**
 * The strict DNS checks on a lower-case ASCII name (without its root dot):
 * letters, digits, hyphens (and underscores, noted); labels of 1..63
 * octets; at most 253 in all; no hyphen at either end of a label; hyphens in
 * positions 3-4 only for `xn--` labels, which must decode to valid IDNA; a
 * top-level label that is not all digits.
 *
 * One pass over the characters with no substring or lookup per label, so a
 * 1 MB name of one-letter labels stays cheap; Punycode is decoded only for
 * names of sensible length. `bidiChecked` says the caller has already
 * found that this very name passes the Bidi rule (`bidiProblem(name)`), and
 * `validALabels` names `xn--` labels known to be valid IDNA (tr46 encoded them).
 */
export function checkAsciiName(name: string, problems: HostProblem[], bidiChecked = false, validALabels?: ReadonlySet<string>): void {
  if (name.length > MAX_NAME_LENGTH) problems.push({ code: 'name-too-long', length: name.length });
  const found = new Map<HostProblemCode, Finding>();
  const note = (code: HostProblemCode, start: number, end: number, extra?: Partial<Finding>) => {
    found.set(code, { label: name.slice(start, end), count: 1, ...extra });
  };
  const counts = { empty: 0, invalid: 0, underscore: 0, long: 0, hyphen: 0, reserved: 0 };

  const decode = name.length <= MAX_DECODED_INPUT;
  const aLabels: string[] = [];
  let start = 0;
  let badAt = -1;
  let underscore = false;
  let digitsOnly = true;
  for (let i = 0; i <= name.length; i++) {
    const code = i < name.length ? name.charCodeAt(i) : DOT;
    if (code !== DOT) {
      if (code === UNDERSCORE) underscore = true;
      else if (badAt < 0 && !isLabelChar(code)) badAt = i;
      if (digitsOnly && (code < 0x30 || code > 0x39)) digitsOnly = false;
      continue;
    }
    const end = i;
    const length = end - start;
    if (length === 0) {
      if (counts.empty++ === 0) note('empty-label', start, end);
    } else {
      let clean = badAt < 0;
      if (badAt >= 0 && counts.invalid++ === 0) note('invalid-character', start, end, { char: charAt(name, badAt), ...(looksDefanged(name) && { defanged: true as const }) });
      if (underscore && counts.underscore++ === 0) note('underscore', start, end);
      if (length > MAX_LABEL_LENGTH) {
        if (counts.long++ === 0) note('label-too-long', start, end, { length });
        clean = false;
      }
      if (name.charCodeAt(start) === HYPHEN || name.charCodeAt(end - 1) === HYPHEN) {
        if (counts.hyphen++ === 0) note('hyphen-edge', start, end);
        clean = false;
      }
      const aLabel = length >= 4 && name.startsWith('xn--', start);
      if (length >= 4 && !aLabel && name.charCodeAt(start + 2) === HYPHEN && name.charCodeAt(start + 3) === HYPHEN && counts.reserved++ === 0) {
        note('reserved-hyphens', start, end);
      }
      if (end === name.length && digitsOnly) note('numeric-tld', start, end);
      if (clean && aLabel && decode) {
        const label = name.slice(start, end);
        if (validALabels === undefined || !validALabels.has(label)) aLabels.push(label);
      }
    }
    start = i + 1;
    badAt = -1;
    underscore = false;
    digitsOnly = true;
  }
  if (found.size === 0 && aLabels.length === 0) return; // a clean name of plain labels
  const counted: [HostProblemCode, number][] = [
    ['empty-label', counts.empty],
    ['invalid-character', counts.invalid],
    ['underscore', counts.underscore],
    ['label-too-long', counts.long],
    ['hyphen-edge', counts.hyphen],
    ['reserved-hyphens', counts.reserved],
  ];
  for (const [code, count] of counted) if (count > 0) found.get(code)!.count = count;

  for (const label of aLabels) {
    const reason = aLabelProblem(label);
    if (reason) {
      const known = found.get('invalid-idn');
      if (known) known.count++;
      else found.set('invalid-idn', { label, count: 1, reason });
    }
  }
  // the Bidi rule applies only to names with right-to-left labels (RFC 5893): tr46 is asked about those alone
  if (aLabels.length > 0 && !found.has('invalid-idn') && !bidiChecked && mayBeBidiDomain(name)) {
    const reason = bidiProblem(name);
    if (reason) found.set('invalid-idn', { count: 1, reason });
  }

  for (const code of LABEL_CODES) {
    const finding = found.get(code);
    if (finding) problems.push({ code, ...finding });
  }
}
