import { defineRule, preview } from '@tclint/core';
import { displayDigits } from '../display.js';
import { docsUrl } from '../docs-url.js';
import { AS_NUMBER } from '../field.js';
import { asnParse, type AsnSpelling } from '../parse-asn.js';
import { MAX_THREATCONNECT_ASN, patternAcceptsDigits, writtenDigits } from '../platform-limit.js';

/**
 * `ASN<n>`: what ThreatConnect accepts (seed: "prefixed with ASN", "no space";
 * its pattern `[Aa][Ss][Nn][1-4]?\d{1,8}`). Every departure reported here is
 * refused; those it accepts (a lower-case prefix, leading zeros) are
 * asn/prefix-case's and asn/leading-zeros' warnings.
 */
export const format = defineRule({
  meta: {
    id: 'format',
    subject: 'indicator',
    types: ['ASN'],
    description: 'AS numbers are written ASN<n>: the prefix ASN, no space, a plain decimal number up to 499999999 (ThreatConnect\'s limit)',
    docsUrl: docsUrl('format'),
    messages: {
      missingPrefix: 'AS number {{value}} has no "ASN" prefix; write it as {{fixed}}',
      wrongPrefix: 'AS number {{value}} starts with "{{prefix}}"; the prefix must be "ASN": {{fixed}}',
      whitespace: 'AS number {{value}} has whitespace {{where}}; write it with none: {{fixed}}',
      asdot: 'AS number {{value}} is in asdot notation ({{high}}.{{low}} = {{high}} × 65536 + {{low}}); write the plain number: {{fixed}}',
      tooManyDigits:
        "AS number {{value}} has {{count}} digits with its leading zeros, more than ThreatConnect's ASN pattern accepts (at most 9, the first of nine 1-4); write it as {{fixed}}",
      aboveLimit:
        "AS number {{value}} is {{number}}, above 499999999, the largest ThreatConnect's ASN pattern accepts (ASN and at most nine digits, the first of nine 1-4): a valid 32-bit AS number that the platform refuses. Not fixed",
      empty: 'AS Number is empty; write ASN followed by the number, e.g. ASN12345',
      noNumber: 'AS number {{value}} has no number after "{{prefix}}"; write ASN followed by the number, e.g. ASN12345',
      unexpectedStart: 'AS number {{value}} has {{text}} where the number should start; write ASN followed by digits only, e.g. ASN12345',
      trailingJunk:
        'AS number {{value}} has {{text}} after the number {{number}}; not fixed, because dropping it could change the meaning. Write ASN followed by digits only',
      multipleNumbers: 'AS number {{value}} holds more than one number ({{text}} follows {{number}}); an ASN indicator is exactly one AS number, ASN<n>',
      outOfRange: 'AS number {{value}} is {{number}}, above 4294967295, the largest AS number (AS numbers are 32-bit)',
      asdotPartOutOfRange: 'AS number {{value}} is in asdot notation, but its part {{part}} is above 65535; each part of high.low must be 0..65535',
    },
    fixable: true,
    severity: 'error',
  },
  check(subject, ctx) {
    const raw = subject.values[AS_NUMBER] ?? '';
    const parsed = ctx.analyze(asnParse, raw);
    if (parsed.kind === 'empty') return ctx.report({ messageId: 'empty', field: AS_NUMBER });
    if (parsed.kind === 'number' && raw === `ASN${parsed.asn}` && parsed.asn <= MAX_THREATCONNECT_ASN) return;
    const value = preview(raw);
    // data objects written out in full (value first): spreading a fresh object is a slow path in V8
    switch (parsed.kind) {
      case 'noNumber':
        return ctx.report({ messageId: 'noNumber', data: { value, prefix: parsed.prefix }, field: AS_NUMBER });
      case 'unexpectedStart':
        return ctx.report({ messageId: 'unexpectedStart', data: { value, text: preview(parsed.text) }, field: AS_NUMBER });
      case 'trailingJunk':
      case 'multipleNumbers':
        return ctx.report({ messageId: parsed.kind, data: { value, text: preview(parsed.text), number: displayDigits(parsed.number) }, field: AS_NUMBER });
      case 'outOfRange':
        return ctx.report({ messageId: 'outOfRange', data: { value, number: displayDigits(parsed.digits) }, field: AS_NUMBER });
      case 'asdotPartOutOfRange':
        return ctx.report({ messageId: 'asdotPartOutOfRange', data: { value, part: displayDigits(parsed.part) }, field: AS_NUMBER });
      case 'number': {
        const fixed = `ASN${parsed.asn}`;
        const fix = { field: AS_NUMBER, value: fixed };
        for (const [messageId, data] of departures(parsed.spelling, parsed.asn, raw, value, fixed)) ctx.report({ messageId, data, field: AS_NUMBER, fix });
        if (parsed.asn > MAX_THREATCONNECT_ASN) ctx.report({ messageId: 'aboveLimit', data: { value, number: parsed.asn }, field: AS_NUMBER });
      }
    }
  },
});

/** Each way the spelling departs from `ASN<n>` that ThreatConnect refuses, as a message id and its data. */
function departures(spelling: AsnSpelling, asn: number, raw: string, value: string, fixed: string): [string, Record<string, unknown>][] {
  const found: [string, Record<string, unknown>][] = [];
  if (spelling.prefix === '') found.push(['missingPrefix', { value, fixed }]);
  else if (spelling.prefix.length !== 3) found.push(['wrongPrefix', { value, fixed, prefix: spelling.prefix }]);
  const where = [
    spelling.spaceBefore ? 'before the value' : '',
    spelling.spaceInside ? 'between the prefix and the number' : '',
    spelling.spaceAfter ? 'after the number' : '',
  ].filter(Boolean);
  if (where.length) found.push(['whitespace', { value, fixed, where: where.join(' and ') }]);
  if (spelling.asdot) found.push(['asdot', { value, fixed, high: spelling.asdot.high, low: spelling.asdot.low }]);
  else if (spelling.leadingZeros && asn <= MAX_THREATCONNECT_ASN) {
    const digits = writtenDigits(raw);
    if (!patternAcceptsDigits(digits.count, digits.first)) found.push(['tooManyDigits', { value, fixed, count: digits.count }]);
  }
  return found;
}
