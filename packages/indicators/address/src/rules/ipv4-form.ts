import { defineRule, preview } from '@tclint/core';
import { addressAnalysis } from '../analyze-address.js';
import { docsUrl, IP } from '../field.js';

/**
 * Four decimal octets 0..255 of one to three digits: what ThreatConnect's
 * Address pattern takes. Never fixed: hex (`0x0a`) and short forms (`10.1`)
 * are read differently by different parsers. Leading zeros in an octet of
 * up to three digits pass the pattern: address/ipv4-leading-zeros.
 */
export const ipv4Form = defineRule({
  meta: {
    id: 'ipv4-form',
    subject: 'indicator',
    types: ['Address'],
    description: 'IPv4: four decimal octets 0..255, one to three digits each',
    docsUrl: docsUrl('ipv4-form'),
    messages: {
      octetCount: 'IPv4 address {{address}} has {{count}} parts; ThreatConnect needs four dotted decimal octets (a.b.c.d), and short forms are not expanded automatically',
      hexOctet: 'IPv4 address {{address}} has hexadecimal octet {{octet}}; ThreatConnect needs decimal octets 0..255 (not fixed automatically: write the decimal value you mean)',
      octetRange: 'IPv4 address {{address}} has octet {{octet}}, above 255',
      longOctet: "IPv4 address {{address}} has octet {{octet}} of more than three digits; ThreatConnect's Address pattern accepts one to three digits per octet (not fixed automatically: write the decimal value you mean)",
    },
    fixable: false,
    severity: 'error',
  },
  check(subject, context) {
    const value = subject.values[IP];
    const analysis = context.analyze(addressAnalysis, typeof value === 'string' ? value : '');
    const issues = analysis.kind === 'address' ? analysis.ipv4 : undefined;
    if (!issues) return;
    const address = preview(analysis.parts!.address);
    if (issues.count !== undefined) context.report({ messageId: 'octetCount', data: { value: preview(analysis.value), address, count: String(issues.count) }, field: IP });
    if (issues.hexOctet !== undefined) context.report({ messageId: 'hexOctet', data: { value: preview(analysis.value), address, octet: preview(issues.hexOctet) }, field: IP });
    if (issues.octetRange !== undefined) context.report({ messageId: 'octetRange', data: { value: preview(analysis.value), address, octet: preview(issues.octetRange) }, field: IP });
    // an octet above 255 is too long too; one message says enough
    if (issues.longOctet !== undefined && issues.longOctet !== issues.octetRange) {
      context.report({ messageId: 'longOctet', data: { value: preview(analysis.value), address, octet: preview(issues.longOctet) }, field: IP });
    }
  },
});
