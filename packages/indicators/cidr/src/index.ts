import { definePlugin } from '@tclint/core';
import { name, version } from '../package.json';
import { detectCidr, mayDetectCidr } from './detect.js';
import { isCleanCidr } from './is-clean.js';
import { hostBits } from './rules/host-bits.js';
import { ipv4Form } from './rules/ipv4-form.js';
import { ipv6Form } from './rules/ipv6-form.js';
import { lowercase } from './rules/lowercase.js';
import { netmask } from './rules/netmask.js';
import { notABlock } from './rules/not-a-block.js';
import { platformPattern } from './rules/platform-pattern.js';
import { prefix } from './rules/prefix.js';
import { whitespace } from './rules/whitespace.js';
import { zoneId } from './rules/zone-id.js';
import { settleCidr } from './settle.js';

export const plugin = definePlugin({
  meta: { name, version, namespace: 'cidr' },
  rules: {
    'not-a-block': notABlock,
    whitespace,
    'zone-id': zoneId,
    'ipv4-form': ipv4Form,
    'ipv6-form': ipv6Form,
    lowercase,
    prefix,
    netmask,
    'host-bits': hostBits,
    'platform-pattern': platformPattern,
  },
  detect: detectCidr,
  mayDetect: mayDetectCidr,
  isClean: isCleanCidr,
  settle: settleCidr,
});

export default plugin;

export { analyzeBlock, blockAnalysis, type BlockAnalysis, type PrefixIssue } from './analyze-block.js';
export { normalizeCidr, type CidrResult } from './normalize.js';
export { detectCidr, mayDetectCidr } from './detect.js';
export { isCleanCidr, isThreatConnectBlock } from './is-clean.js';
export { settleCidr } from './settle.js';
export { BLOCK } from './field.js';
