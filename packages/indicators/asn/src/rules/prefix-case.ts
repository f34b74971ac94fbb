import { defineRule, preview } from '@tclint/core';
import { docsUrl } from '../docs-url.js';
import { AS_NUMBER } from '../field.js';
import { asnParse } from '../parse-asn.js';

/**
 * ThreatConnect's ASN pattern accepts the prefix in any case (`[Aa][Ss][Nn]`),
 * but its case preference for ASN is upper: `asn12345` is stored as
 * `ASN12345`. A warning, with that fix.
 */
export const prefixCase = defineRule({
  meta: {
    id: 'prefix-case',
    subject: 'indicator',
    types: ['ASN'],
    description: 'The ASN prefix is upper case, the case ThreatConnect stores',
    docsUrl: docsUrl('prefix-case'),
    messages: {
      prefixCase: 'AS number {{value}} starts with "{{prefix}}"; ThreatConnect accepts it, but stores ASNs with the prefix in upper case: {{fixed}}',
    },
    fixable: true,
    severity: 'warn',
  },
  check(subject, ctx) {
    const raw = subject.values[AS_NUMBER] ?? '';
    const parsed = ctx.analyze(asnParse, raw);
    if (parsed.kind !== 'number') return;
    const { prefix } = parsed.spelling;
    if (prefix.length !== 3 || prefix === 'ASN') return;
    const fixed = `ASN${parsed.asn}`;
    ctx.report({ messageId: 'prefixCase', data: { value: preview(raw), prefix, fixed }, field: AS_NUMBER, fix: { field: AS_NUMBER, value: fixed } });
  },
});
