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
    let also = '';
    if (form.compressed) {
      if (form.ipv4 !== undefined) also += `, dotted IPv4 "${form.ipv4}"`;
      if (form.zeroGroup !== undefined) also += `, zero group "${form.zeroGroup}"`;
      if (form.leadingZeros !== undefined) also += `, leading zeros in "${form.leadingZeros}"`;
    } else if (form.ipv4 !== undefined) {
      if (form.zeroGroup !== undefined) also += `, zero group "${form.zeroGroup}"`;
      if (form.leadingZeros !== undefined) also += `, leading zeros in "${form.leadingZeros}"`;
    } else if (form.zeroGroup !== undefined && form.leadingZeros !== undefined) also += `, leading zeros in "${form.leadingZeros}"`;
    if (form.uppercase) also += ', uppercase hex';
    if (also !== '') also = ` (also: ${also.slice(2)})`;
    const fix = { field: BLOCK, value: withAddress(block, form.formatted) };
    // data objects written out in full: spreading a fresh object is a slow path in V8
    if (form.compressed) context.report({ messageId: 'compressed', data: { address: block.address, expected: form.formatted, also }, field: BLOCK, fix });
    else if (form.ipv4 !== undefined) context.report({ messageId: 'embeddedIPv4', data: { address: block.address, expected: form.formatted, also, ipv4: form.ipv4 }, field: BLOCK, fix });
    else if (form.zeroGroup !== undefined) context.report({ messageId: 'zeroGroups', data: { address: block.address, expected: form.formatted, also, group: form.zeroGroup }, field: BLOCK, fix });
    else context.report({ messageId: 'leadingZeros', data: { address: block.address, expected: form.formatted, also, group: form.leadingZeros }, field: BLOCK, fix });
  },
});
