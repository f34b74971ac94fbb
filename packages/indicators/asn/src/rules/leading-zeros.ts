import { defineRule, preview } from '@tclint/core';
import { docsUrl } from '../docs-url.js';
import { AS_NUMBER } from '../field.js';
import { asnParse } from '../parse-asn.js';
import { MAX_THREATCONNECT_ASN, patternAcceptsDigits, writtenDigits } from '../platform-limit.js';

/**
 * ThreatConnect's ASN pattern accepts leading zeros as long as the digits fit
 * (`ASN012`), but the platform stores the plain number. A warning, with that
 * fix; where only the zeros make the number longer than the pattern allows,
 * asn/format reports the error instead.
 */
export const leadingZeros = defineRule({
  meta: {
    id: 'leading-zeros',
    subject: 'indicator',
    types: ['ASN'],
    description: 'AS numbers have no leading zeros (ThreatConnect accepts them, but stores the plain number)',
    docsUrl: docsUrl('leading-zeros'),
    messages: {
      leadingZeros: 'AS number {{value}} has leading zeros; ThreatConnect accepts them, but stores the plain number: {{fixed}}',
    },
    fixable: true,
    severity: 'warn',
  },
  check(subject, ctx) {
    const raw = subject.values[AS_NUMBER] ?? '';
    const parsed = ctx.analyze(asnParse, raw);
    if (parsed.kind !== 'number' || !parsed.spelling.leadingZeros) return;
    const digits = writtenDigits(raw);
    if (parsed.asn <= MAX_THREATCONNECT_ASN && !patternAcceptsDigits(digits.count, digits.first)) return; // asn/format's error, with this fix
    const fixed = `ASN${parsed.asn}`;
    ctx.report({ messageId: 'leadingZeros', data: { value: preview(raw), fixed }, field: AS_NUMBER, fix: { field: AS_NUMBER, value: fixed } });
  },
});
