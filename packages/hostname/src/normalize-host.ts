import { defineAnalysis } from '@tclint/core';
import { convertLabel, bidiProblem } from '@tclint/hostname/idna';
import { mayBeBidiDomain } from './bidi-domain.js';
import { asciiLower, isAscii, isDot, splitWhitespace } from './chars.js';
import { checkAsciiName, MAX_DECODED_INPUT } from './check-ascii-name.js';
import { ipAddressKind } from './ip-address.js';
import { UNREPAIRABLE, type HostNormalization, type HostProblem } from './problem.js';
import { firstTypographicDash, hyphenReading } from './typographic-dash.js';

/**
 * Checks a host name and computes the form ThreatConnect stores: trimmed, one
 * trailing root dot removed, lower case, internationalized labels converted
 * by UTS #46 non-transitional processing and Punycode (`faß.de` ->
 * `xn--fa-hia.de`), then the strict DNS checks. Every problem is listed with,
 * where possible, the input repaired for just that problem.
 *
 * A name that is ASCII and has no `xn--` label never reaches the IDNA tables
 * (tr46); only non-ASCII labels and `xn--` labels do. Never throws.
 */
export function normalizeHost(value: string): HostNormalization {
  const problems: HostProblem[] = [];
  const { lead, core, trail } = splitWhitespace(value);
  const rewrap = (text: string) => lead + text + trail;
  if (lead || trail) problems.push({ code: 'whitespace', fixed: core });
  if (core === '') return finish([...problems, { code: 'empty' }]);

  const ipVersion = ipAddressKind(core);
  if (ipVersion) return finish([...problems, { code: 'ip-address', ipVersion }]);

  const dash = firstTypographicDash(core);
  if (dash >= 0) {
    // the hyphen reading is the fix; until it is applied nothing else is judged (the dashes would become Punycode)
    const reading = hyphenReading(core);
    problems.push({ code: 'typographic-dash', char: core[dash]!, fixed: rewrap(reading) });
    return finish(problems, normalizeHost(reading).ascii);
  }

  let name = core;
  let dot = '';
  if (core.length > 1 && isDot(core[core.length - 1]) && endsLabel(core[core.length - 2]!)) {
    dot = core[core.length - 1]!;
    name = core.slice(0, -1);
    problems.push({ code: 'trailing-dot', fixed: rewrap(name), char: dot });
  }

  let ascii: string;
  let bidiChecked = false;
  let validALabels: ReadonlySet<string> | undefined;
  if (isAscii(name)) {
    ascii = asciiLower(name);
    // the same as lower-casing the whole value: whitespace and dots hold no A-Z
    if (ascii !== name) problems.push({ code: 'uppercase', fixed: rewrap(ascii + dot) });
  } else if (name.length > MAX_DECODED_INPUT) {
    return finish([...problems, { code: 'name-too-long', length: name.length }]);
  } else {
    const converted = convertName(name);
    if ('reason' in converted) return finish([...problems, { code: 'no-punycode', reason: converted.reason }]);
    validALabels = converted.encoded;
    const mappedIp = ipAddressKind(converted.ascii);
    if (mappedIp) {
      // full-width digits and dots: an IP address once mapped
      return finish([...problems.filter((p) => p.code === 'whitespace'), { code: 'ip-address', ipVersion: mappedIp }]);
    }
    ascii = converted.ascii;
    bidiChecked = true; // convertName checked this very name
    // a root dot stays for the trailing-dot problem, but in ASCII: the repaired value is all ASCII
    problems.push({ code: 'non-ascii', fixed: rewrap(ascii + (dot && '.')) });
  }
  checkAsciiName(ascii, problems, bidiChecked, validALabels);
  return finish(problems, ascii);
}

/** `normalizeHost` as a shared analysis: computed once per name for every rule (and `detect`) of a check. */
export const hostNormalization = defineAnalysis('hostname/normalize', normalizeHost);

/** The form ThreatConnect stores, or undefined when a problem no fix repairs leaves no host name. */
export function toAsciiHost(host: string): string | undefined {
  return normalizeHost(host).ascii;
}

/** Whether the character before a final dot ends a label, so the dot is a root dot (not `a..`, not `a .`). */
function endsLabel(char: string): boolean {
  return !isDot(char) && char.trim() !== '';
}

/**
 * Characters UTS #46 maps to a hyphen-minus: the hyphen-minus itself, U+FE63
 * and U+FF0D (encoded-labels.test.ts checks every code point against tr46).
 */
const MAPS_TO_HYPHEN = /[-\uFE63\uFF0D]/;

/**
 * Converts label by label: ASCII labels are only lower-cased (they get the
 * ASCII checks), the others go through UTS #46. `encoded` holds the `xn--`
 * labels that tr46 itself encoded from a label with no character mapping to a
 * hyphen: such a label cannot map to an `xn--` label, so tr46 validated its
 * Unicode form with the strict checks before encoding it, and
 * `aLabelProblem` would only decode and validate it again.
 */
function convertName(name: string): { reason: string } | { ascii: string; encoded: ReadonlySet<string> | undefined } {
  const out: string[] = [];
  let encoded: Set<string> | undefined;
  let converted = false;
  let start = 0;
  for (let i = 0; i <= name.length; i++) {
    if (i < name.length && !isDot(name[i])) continue;
    const label = name.slice(start, i);
    if (isAscii(label)) out.push(asciiLower(label));
    else {
      const conversion = convertLabel(label);
      if ('reason' in conversion) return conversion;
      out.push(conversion.ascii);
      converted = true;
      if (!MAPS_TO_HYPHEN.test(label)) for (const part of conversion.ascii.split('.')) if (part.startsWith('xn--')) (encoded ??= new Set()).add(part);
    }
    start = i + 1;
  }
  const ascii = out.join('.');
  // only names with right-to-left labels can break the Bidi rule (RFC 5893); a name whose
  // labels are all ASCII (only a dot was not) is still checked in full by tr46
  const bidi = converted && !mayBeBidiDomain(ascii) ? undefined : bidiProblem(ascii);
  return bidi ? { reason: bidi } : { ascii, encoded };
}

function finish(problems: HostProblem[], ascii?: string): HostNormalization {
  const blocked = problems.some((p) => p.fixed === undefined && UNREPAIRABLE.has(p.code));
  for (const p of problems) Object.freeze(p);
  return Object.freeze(blocked || ascii === undefined ? { problems: Object.freeze(problems) } : { ascii, problems: Object.freeze(problems) });
}
