import { defineRule, preview } from '@tclint/core';
import { docsUrl } from '../docs-url.js';
import { parseBlock, unmapIpv4, within } from '../ip.js';
import { privateIpOptions } from '../private-ip-options.js';
import { specialRange } from '../special-ranges.js';

/**
 * Addresses and blocks in special-purpose ranges (RFC 1918 private space,
 * CGNAT, loopback, link-local, multicast, documentation, reserved) never hold
 * an attacker's host on the internet: an indicator naming one is internal
 * data, an example or a typo. Like MISP's warning lists, a warning.
 */
export const privateIp = defineRule({
  meta: {
    id: 'private-ip',
    subject: 'indicator',
    types: ['Address', 'CIDR'],
    description: 'Warns about addresses and blocks in private, shared (CGNAT), loopback, link-local, multicast, documentation and reserved ranges',
    docsUrl: docsUrl('private-ip'),
    messages: {
      private: '{{value}} is in {{range}}, private address space ({{reference}}); it is not reachable from the internet',
      sharedAddressSpace: '{{value}} is in {{range}}, the shared address space of carrier-grade NAT ({{reference}}); it is not reachable from the internet',
      loopback: '{{value}} is in {{range}}, the loopback range ({{reference}}); it only ever names the local machine',
      linkLocal: '{{value}} is in {{range}}, the link-local range ({{reference}}); it only means something on one network segment',
      documentation: '{{value}} is in {{range}}, reserved for documentation ({{reference}}); it comes from an example, not from an attack',
      benchmarking: '{{value}} is in {{range}}, reserved for benchmarking ({{reference}}); it is not a host on the internet',
      multicast: '{{value}} is in {{range}}, the multicast range ({{reference}}); it names a group of receivers, not a host',
      reserved: '{{value}} is in {{range}}, reserved address space ({{reference}}); it is not a host on the internet',
      unspecified: '{{value}} is the unspecified address ({{reference}}); it names no host',
      broadcast: '{{value}} is the limited broadcast address ({{reference}}); it names no host',
      internal: '{{value}} is in {{range}}, one of your own networks (option "internal")',
    },
    severity: 'warn',
    options: privateIpOptions,
  },
  check(subject, context) {
    const field = subject.type === 'CIDR' ? 'Block' : 'ip';
    const value = subject.values[field];
    if (value === undefined) return;
    const parsed = parseBlock(value);
    if (!parsed) return;
    const block = unmapIpv4(parsed);
    const own = context.options.internal.find((network) => within(block, network.block));
    if (own) {
      context.report({ messageId: 'internal', data: { value: preview(value), range: own.range }, field });
      return;
    }
    const special = specialRange(block);
    if (!special || context.options.ignore.has(special.category)) return;
    context.report({ messageId: special.category, data: { value: preview(value), range: special.range, reference: special.reference }, field });
  },
});
