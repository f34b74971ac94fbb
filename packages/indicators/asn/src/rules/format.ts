import { defineRule } from '@tclint/core';
import { preview } from '@tclint/core';
import { displayDigits } from '../display.js';
import { docsUrl } from '../docs-url.js';
import { AS_NUMBER } from '../field.js';
import { parseAsn, type AsnSpelling } from '../parse-asn.js';

/** `ASN<n>`: the prefix ASN in upper case, no space, the plain decimal number without leading zeros. */
export const format = defineRule({
  meta: {
    id: 'format',
    subject: 'indicator',
    types: ['ASN'],
    description: 'AS numbers are written ASN<n>: upper-case prefix, no space, plain decimal 0..4294967295',
    docsUrl: docsUrl('format'),
    messages: {
      missingPrefix: 'AS number {{value}} has no "ASN" prefix; write it as {{fixed}}',
      wrongPrefix: 'AS number {{value}} starts with "{{prefix}}"; the prefix must be "ASN" in upper case: {{fixed}}',
      whitespace: 'AS number {{value}} has whitespace {{where}}; write it with none: {{fixed}}',
      leadingZeros: 'AS number {{value}} has leading zeros; write it as {{fixed}}',
      asdot: 'AS number {{value}} is in asdot notation ({{high}}.{{low}} = {{high}} × 65536 + {{low}}); write the plain number: {{fixed}}',
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
    const parsed = parseAsn(raw);
    const value = preview(raw);
    const report = (messageId: string, data: Record<string, unknown> = {}) => ctx.report({ messageId, data: { value, ...data }, field: AS_NUMBER });
    switch (parsed.kind) {
      case 'empty':
        return ctx.report({ messageId: 'empty', field: AS_NUMBER });
      case 'noNumber':
        return report('noNumber', { prefix: parsed.prefix });
      case 'unexpectedStart':
        return report('unexpectedStart', { text: preview(parsed.text) });
      case 'trailingJunk':
      case 'multipleNumbers':
        return report(parsed.kind, { text: preview(parsed.text), number: displayDigits(parsed.number) });
      case 'outOfRange':
        return report('outOfRange', { number: displayDigits(parsed.digits) });
      case 'asdotPartOutOfRange':
        return report('asdotPartOutOfRange', { part: displayDigits(parsed.part) });
      case 'number': {
        const fixed = `ASN${parsed.asn}`;
        if (raw === fixed) return;
        const fix = { field: AS_NUMBER, value: fixed };
        for (const [messageId, data] of departures(parsed.spelling)) {
          ctx.report({ messageId, data: { value, fixed, ...data }, field: AS_NUMBER, fix });
        }
      }
    }
  },
});

/** Each way the spelling departs from `ASN<n>`, as a message id and its data. */
function departures(spelling: AsnSpelling): [string, Record<string, unknown>][] {
  const found: [string, Record<string, unknown>][] = [];
  if (spelling.prefix === '') found.push(['missingPrefix', {}]);
  else if (spelling.prefix !== 'ASN') found.push(['wrongPrefix', { prefix: spelling.prefix }]);
  const where = [
    spelling.spaceBefore ? 'before the value' : '',
    spelling.spaceInside ? 'between the prefix and the number' : '',
    spelling.spaceAfter ? 'after the number' : '',
  ].filter(Boolean);
  if (where.length) found.push(['whitespace', { where: where.join(' and ') }]);
  if (spelling.leadingZeros) found.push(['leadingZeros', {}]);
  if (spelling.asdot) found.push(['asdot', { high: spelling.asdot.high, low: spelling.asdot.low }]);
  return found;
}
