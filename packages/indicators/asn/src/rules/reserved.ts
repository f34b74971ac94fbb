import { defineRule } from '@tclint/core';
import { docsUrl } from '../docs-url.js';
import { AS_NUMBER } from '../field.js';
import { asnParse } from '../parse-asn.js';
import { formatRange, reservedRange } from '../reserved-ranges.js';

/**
 * Special-purpose AS numbers (reserved, AS_TRANS, documentation, private use)
 * never identify a public network, so an indicator naming one is most likely
 * a mistake or test data. A warning (policy: ThreatConnect accepts them).
 */
export const reserved = defineRule({
  meta: {
    id: 'reserved',
    subject: 'indicator',
    types: ['ASN'],
    description: 'Warns about reserved, AS_TRANS, documentation and private-use AS numbers',
    docsUrl: docsUrl('reserved'),
    messages: {
      reserved: '{{asn}} is a reserved AS number ({{range}}, {{reference}}); it never identifies a public network',
      asTrans: '{{asn}} is AS_TRANS ({{reference}}), the stand-in that 2-byte BGP speakers see for any 4-byte AS number; it does not identify a network',
      documentation: '{{asn}} is reserved for documentation and examples ({{range}}, {{reference}}); it does not identify a real network',
      privateUse: '{{asn}} is a private-use AS number ({{range}}, {{reference}}); it does not identify a public network',
    },
    severity: 'warn',
  },
  check(subject, ctx) {
    const parsed = ctx.analyze(asnParse, subject.values[AS_NUMBER] ?? '');
    if (parsed.kind !== 'number') return;
    const range = reservedRange(parsed.asn);
    if (!range) return;
    ctx.report({
      messageId: range.category,
      data: { asn: `ASN${parsed.asn}`, range: formatRange(range), reference: range.reference },
      field: AS_NUMBER,
    });
  },
});
