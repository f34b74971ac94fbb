import { definePlugin } from '@tclint/core';
import { detectAddress } from './detect.js';
import { brackets } from './rules/brackets.js';
import { ipv4Form } from './rules/ipv4-form.js';
import { ipv6Form } from './rules/ipv6-form.js';
import { notAnAddress } from './rules/not-an-address.js';
import { port } from './rules/port.js';
import { prefix } from './rules/prefix.js';
import { whitespace } from './rules/whitespace.js';
import { zoneId } from './rules/zone-id.js';
import { name, version } from '../package.json';

export const plugin = definePlugin({
  meta: { name, version, namespace: 'address' },
  rules: {
    'not-an-address': notAnAddress,
    whitespace,
    brackets,
    'zone-id': zoneId,
    prefix,
    port,
    'ipv4-form': ipv4Form,
    'ipv6-form': ipv6Form,
  },
  detect: detectAddress,
});

export default plugin;

export { normalizeAddress, type AddressAnalysis } from './analyze.js';
export type { AddressProblem } from './problems.js';
export type { AddressRuleName } from './messages.js';
export { detectAddress, ADDRESS_CONFIDENCE } from './detect.js';
export { splitAddress, type AddressParts } from './split-address.js';
export { IP } from './field.js';
