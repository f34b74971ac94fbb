import { defineRule, preview } from '@tclint/core';
import { docsUrl } from '../docs-url.js';
import { formatAddress, isIpv4Mapped, parseIp } from '../ip.js';

/**
 * Acme's policy (ThreatConnect is silent): an IPv4 address written as
 * IPv6 (`::ffff:203.0.113.9`) is stored in its IPv4 form, so that sightings
 * of one address do not end up on two indicators.
 */
export const ipv4Mapped = defineRule({
  meta: {
    id: 'ipv4-mapped',
    subject: 'indicator',
    types: ['Address', 'CIDR'],
    description: 'IPv4 addresses and blocks written as IPv4-mapped IPv6 (::ffff:a.b.c.d) are written as IPv4',
    docsUrl: docsUrl('ipv4-mapped'),
    messages: {
      mapped: '{{value}} is the IPv4 {{what}} {{ipv4}} written as IPv6; write it as {{ipv4}} so that it is one indicator with the IPv4 form',
    },
    fixable: true,
    severity: 'warn',
  },
  check(subject, context) {
    const field = subject.type === 'CIDR' ? 'Block' : 'ip';
    const value = subject.values[field];
    if (value === undefined) return;
    const ip = parseIp(value);
    if (!ip || !isIpv4Mapped(ip, ip.value)) return;
    const address = formatAddress(4, ip.value & 0xffffffffn);
    const ipv4 = ip.hasPrefix ? `${address}/${ip.prefix - 96}` : address;
    context.report({
      messageId: 'mapped',
      data: { value: preview(value), what: ip.hasPrefix ? 'block' : 'address', ipv4 },
      field,
      fix: { field, value: ipv4 },
    });
  },
});
