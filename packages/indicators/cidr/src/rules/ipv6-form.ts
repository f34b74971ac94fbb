import { defineRule } from '@tclint/core';
import { blockAnalysis, refusedForm, withAddress } from '../analyze-block.js';
import { BLOCK, docsUrl } from '../field.js';

/**
 * ThreatConnect's CIDR pattern takes an IPv6 block only with all eight
 * groups, no `::`, no leading zeros (a zero group as `0`) and no dotted IPv4
 * tail. One message per address, named after its most telling departure,
 * listing the others; the fix writes the address in ThreatConnect's form
 * (lower case too) and leaves host bits to cidr/host-bits.
 */
export const ipv6Form = defineRule({
  meta: {
    id: 'ipv6-form',
    subject: 'indicator',
    types: ['CIDR'],
    description: 'IPv6 blocks are written with all eight groups: no "::", no leading zeros, no dotted IPv4',
    docsUrl: docsUrl('ipv6-form'),
    messages: {
      compressed: 'IPv6 address "{{address}}" is compressed with "::"; ThreatConnect needs all eight groups: {{expected}}{{also}}',
      embeddedIPv4: 'IPv6 address "{{address}}" ends in dotted IPv4 "{{ipv4}}"; ThreatConnect needs eight hex groups: {{expected}}{{also}}',
      zeroGroups: 'IPv6 address "{{address}}" writes a zero group as "{{group}}"; ThreatConnect needs a single 0: {{expected}}{{also}}',
      leadingZeros: 'IPv6 address "{{address}}" has leading zeros in group "{{group}}"; ThreatConnect needs none: {{expected}}{{also}}',
    },
    fixable: true,
    severity: 'error',
  },
  check(subject, context) {
    const value = subject.values[BLOCK];
    const block = context.analyze(blockAnalysis, typeof value === 'string' ? value : '');
    const form = block.kind === 'block' ? block.ipv6 : undefined;
    if (!form || !refusedForm(form)) return;
    // named after the most telling departure (in this order), the others listed in `also`
    const departures: [string, Record<string, string>][] = [];
    if (form.compressed) departures.push(['compressed', {}]);
    if (form.ipv4 !== undefined) departures.push(['embeddedIPv4', { ipv4: form.ipv4 }]);
    if (form.zeroGroup !== undefined) departures.push(['zeroGroups', { group: form.zeroGroup }]);
    if (form.leadingZeros !== undefined) departures.push(['leadingZeros', { group: form.leadingZeros }]);
    const others = departures.slice(1).map(([id, data]) => (id === 'embeddedIPv4' ? `dotted IPv4 "${data.ipv4}"` : id === 'zeroGroups' ? `zero group "${data.group}"` : `leading zeros in "${data.group}"`));
    if (form.uppercase) others.push('uppercase hex');
    const [messageId, named] = departures[0]!;
    context.report({
      messageId,
      data: { address: block.address, expected: form.formatted, also: others.length ? ` (also: ${others.join(', ')})` : '', ...named },
      field: BLOCK,
      fix: { field: BLOCK, value: withAddress(block, form.formatted) },
    });
  },
});
