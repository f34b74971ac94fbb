import { defineRule, preview } from '@tclint/core';
import { addressAnalysis } from '../analyze-address.js';
import { docsUrl, IP } from '../field.js';

/**
 * ThreatConnect's Address pattern accepts IPv6 addresses compressed, padded
 * and in upper case, but the platform stores and matches them with all eight
 * groups, lower case, no leading zeros (tcex rewrote IPv6 addresses "to the
 * same format as TC"): a warning, fixed to that form. One message per
 * address, named after its most telling departure, listing the others. A
 * dotted IPv4 tail is refused: address/embedded-ipv4.
 */
export const ipv6Form = defineRule({
  meta: {
    id: 'ipv6-form',
    subject: 'indicator',
    types: ['Address'],
    description: 'IPv6: all eight groups, no ::, no leading zeros, lowercase hex (the form ThreatConnect stores)',
    docsUrl: docsUrl('ipv6-form'),
    messages: {
      compressed: 'IPv6 address {{address}} is compressed with "::"; ThreatConnect accepts it, but stores IPv6 addresses with all eight groups: {{expected}}{{also}}',
      zeroGroups: 'IPv6 address {{address}} writes a zero group as {{group}}; ThreatConnect accepts it, but stores a single 0: {{expected}}{{also}}',
      leadingZeros: 'IPv6 address {{address}} has leading zeros in group {{group}}; ThreatConnect accepts them, but stores none: {{expected}}{{also}}',
      uppercase: 'IPv6 address {{address}} has uppercase hex digits; ThreatConnect accepts them, but stores IPv6 addresses in lower case: {{expected}}',
      tooManyGroups:
        'IPv6 address {{value}} has {{count}} groups besides "::", which must stand for at least one zero group of the eight; ThreatConnect\'s Address pattern accepts it, but it is no IPv6 address: write the eight groups you mean (not fixed automatically)',
    },
    fixable: true,
    severity: 'warn',
  },
  check(subject, context) {
    const value = subject.values[IP];
    const analysis = context.analyze(addressAnalysis, typeof value === 'string' ? value : '');
    if (analysis.kind === 'tooManyGroups') {
      const count = analysis.value.split(':').filter(Boolean).length;
      return context.report({ messageId: 'tooManyGroups', data: { value: preview(analysis.value), count: String(count) }, field: IP });
    }
    const form = analysis.kind === 'address' ? analysis.ipv6 : undefined;
    if (!form || form.ipv4 !== undefined) return;
    // named after the most telling departure (in this order), the others listed in `also`
    const departures: [string, Record<string, string>][] = [];
    if (form.compressed) departures.push(['compressed', {}]);
    if (form.zeroGroup !== undefined) departures.push(['zeroGroups', { group: preview(form.zeroGroup) }]);
    if (form.leadingZeros !== undefined) departures.push(['leadingZeros', { group: preview(form.leadingZeros) }]);
    if (form.uppercase) departures.push(['uppercase', {}]);
    const others = departures.slice(1).map(([id, data]) => (id === 'zeroGroups' ? `zero group ${data.group}` : id === 'leadingZeros' ? `leading zeros in ${data.group}` : 'uppercase hex'));
    const [messageId, named] = departures[0]!;
    const parts = analysis.parts!;
    const text = analysis.value;
    context.report({
      messageId,
      data: { address: preview(parts.address), expected: form.formatted, also: others.length ? ` (also: ${others.join(', ')})` : '', ...named },
      field: IP,
      fix: { field: IP, value: text.slice(0, parts.addressStart) + form.formatted + text.slice(parts.addressEnd) },
    });
  },
});
