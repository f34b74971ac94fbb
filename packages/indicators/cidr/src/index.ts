import { definePlugin } from '@tclint/core';
import { detectCidr } from './detect.js';
import { hostBits } from './rules/host-bits.js';
import { ipv4Form } from './rules/ipv4-form.js';
import { ipv6Form } from './rules/ipv6-form.js';
import { netmask } from './rules/netmask.js';
import { notABlock } from './rules/not-a-block.js';
import { prefix } from './rules/prefix.js';
import { whitespace } from './rules/whitespace.js';
import { zoneId } from './rules/zone-id.js';
import { name, version } from '../package.json';

export const plugin = definePlugin({
  meta: { name, version, namespace: 'cidr' },
  rules: {
    'not-a-block': notABlock,
    whitespace,
    'zone-id': zoneId,
    'ipv4-form': ipv4Form,
    'ipv6-form': ipv6Form,
    prefix,
    netmask,
    'host-bits': hostBits,
  },
  detect: detectCidr,
});

export default plugin;

export { normalizeCidr } from './normalize.js';
export type { CidrResult } from './result.js';
export type { CidrProblem } from './problems.js';
export type { CidrRuleName } from './messages.js';
export { formatIPv6, formatIPv6Groups, inspectIPv6, parseIPv6, type IPv6Form, type IPv6Inspection } from './ipv6.js';
export { parseIPv4Strict } from './ipv4.js';
export { prefixOfMask } from './mask.js';
