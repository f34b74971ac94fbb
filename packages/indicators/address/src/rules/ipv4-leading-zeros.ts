import { defineRule, preview } from '@tclint/core';
import { addressAnalysis } from '../analyze-address.js';
import { docsUrl, IP } from '../field.js';

/**
 * ThreatConnect's Address pattern accepts an octet with leading zeros
 * (`[01]?[0-9][0-9]?` takes `010`), but some parsers read it as octal (8),
 * others as decimal (10): probably a mistake, a warning. Not fixed: which
 * was meant is the user's call.
 */
export const ipv4LeadingZeros = defineRule({
  meta: {
    id: 'ipv4-leading-zeros',
    subject: 'indicator',
    types: ['Address'],
    description: 'IPv4 octets are written without leading zeros (they read as octal in some parsers)',
    docsUrl: docsUrl('ipv4-leading-zeros'),
    messages: {
      leadingZeros:
        "IPv4 address {{address}} has octet {{octet}} with a leading zero; ThreatConnect's Address pattern accepts it, but some parsers read it as octal (010 is 8), others as decimal: write the decimal value you mean without leading zeros (not fixed automatically)",
    },
    fixable: false,
    severity: 'warn',
  },
  check(subject, context) {
    const value = subject.values[IP];
    const analysis = context.analyze(addressAnalysis, typeof value === 'string' ? value : '');
    const octet = analysis.kind === 'address' ? analysis.ipv4?.leadingZeros : undefined;
    // an octet of more than three digits is refused, and address/ipv4-form says so
    if (octet === undefined || octet.length > 3) return;
    context.report({ messageId: 'leadingZeros', data: { value: preview(analysis.value), address: preview(analysis.parts!.address), octet: preview(octet) }, field: IP });
  },
});
