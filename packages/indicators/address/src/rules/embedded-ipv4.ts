import { defineRule, preview } from '@tclint/core';
import { addressAnalysis } from '../analyze-address.js';
import { docsUrl, IP } from '../field.js';

/**
 * ThreatConnect's Address pattern takes IPv6 addresses in hex groups only:
 * a dotted IPv4 tail (`::ffff:1.2.3.4`) is refused. Fixed to the form
 * ThreatConnect stores (`0:0:0:0:0:ffff:102:304`), as the seed's Python
 * snippet writes it; the message lists the address's other departures.
 */
export const embeddedIPv4 = defineRule({
  meta: {
    id: 'embedded-ipv4',
    subject: 'indicator',
    types: ['Address'],
    description: 'IPv6 addresses are written in hex groups: no dotted IPv4 tail',
    docsUrl: docsUrl('embedded-ipv4'),
    messages: {
      embeddedIPv4: "IPv6 address {{address}} ends in dotted IPv4 {{ipv4}}, which ThreatConnect's Address pattern refuses (hex groups only); write eight hex groups: {{expected}}{{also}}",
    },
    fixable: true,
    severity: 'error',
  },
  check(subject, context) {
    const value = subject.values[IP];
    const analysis = context.analyze(addressAnalysis, typeof value === 'string' ? value : '');
    const form = analysis.kind === 'address' ? analysis.ipv6 : undefined;
    if (form?.ipv4 === undefined) return;
    const others: string[] = [];
    if (form.compressed) others.push('compressed with "::"');
    if (form.zeroGroup !== undefined) others.push(`zero group ${preview(form.zeroGroup)}`);
    if (form.leadingZeros !== undefined) others.push(`leading zeros in ${preview(form.leadingZeros)}`);
    if (form.uppercase) others.push('uppercase hex');
    const parts = analysis.parts!;
    const text = analysis.value;
    context.report({
      messageId: 'embeddedIPv4',
      data: { address: preview(parts.address), ipv4: preview(form.ipv4), expected: form.formatted, also: others.length ? ` (also: ${others.join(', ')})` : '' },
      field: IP,
      fix: { field: IP, value: text.slice(0, parts.addressStart) + form.formatted + text.slice(parts.addressEnd) },
    });
  },
});
