import { defineRule, preview } from '@tclint/core';
import { blockAnalysis } from '../analyze-block.js';
import { BLOCK, docsUrl } from '../field.js';

/**
 * Four decimal octets 0..255 without leading zeros, as ThreatConnect's CIDR
 * pattern requires. Never fixed: octal (`010`), hex (`0x0a`) and short forms
 * (`10.0`) are read differently by different parsers.
 */
export const ipv4Form = defineRule({
  meta: {
    id: 'ipv4-form',
    subject: 'indicator',
    types: ['CIDR'],
    description: 'IPv4 blocks use four decimal octets 0..255 without leading zeros',
    docsUrl: docsUrl('ipv4-form'),
    messages: {
      octetCount: 'IPv4 address "{{address}}" in {{value}} has {{count}} parts; ThreatConnect needs four dotted decimal octets (a.b.c.d), and short forms are not expanded automatically',
      hexOctet: 'IPv4 address "{{address}}" in {{value}} has hexadecimal octet "{{octet}}"; ThreatConnect needs decimal octets 0..255 (not fixed automatically: write the decimal value you mean)',
      leadingZeros:
        'IPv4 address "{{address}}" in {{value}} has octet "{{octet}}" with a leading zero; ThreatConnect needs plain decimal octets (not fixed automatically: some parsers read it as octal)',
      octetRange: 'IPv4 address "{{address}}" in {{value}} has octet {{octet}}, above 255',
    },
    fixable: false,
    severity: 'error',
  },
  check(subject, context) {
    const value = subject.values[BLOCK];
    const block = context.analyze(blockAnalysis, typeof value === 'string' ? value : '');
    const issues = block.kind === 'block' ? block.ipv4 : undefined;
    if (!issues) return;
    const shown = preview(block.value);
    const address = preview(block.address, { quote: false });
    if (issues.count !== undefined) context.report({ messageId: 'octetCount', data: { value: shown, address, count: String(issues.count) }, field: BLOCK });
    if (issues.hexOctet !== undefined) context.report({ messageId: 'hexOctet', data: { value: shown, address, octet: issues.hexOctet }, field: BLOCK });
    if (issues.leadingZeros !== undefined) context.report({ messageId: 'leadingZeros', data: { value: shown, address, octet: issues.leadingZeros }, field: BLOCK });
    if (issues.octetRange !== undefined) context.report({ messageId: 'octetRange', data: { value: shown, address, octet: issues.octetRange }, field: BLOCK });
  },
});
