import { definePlugin } from '@tclint/core';
import { name, version } from '../package.json';
import { detectAddress, mayDetectAddress } from './detect.js';
import { isCleanAddress } from './is-clean.js';
import { brackets } from './rules/brackets.js';
import { embeddedIPv4 } from './rules/embedded-ipv4.js';
import { ipv4Form } from './rules/ipv4-form.js';
import { ipv4LeadingZeros } from './rules/ipv4-leading-zeros.js';
import { ipv6Form } from './rules/ipv6-form.js';
import { notAnAddress } from './rules/not-an-address.js';
import { platformPattern } from './rules/platform-pattern.js';
import { port } from './rules/port.js';
import { prefix } from './rules/prefix.js';
import { whitespace } from './rules/whitespace.js';
import { zoneId } from './rules/zone-id.js';
import { settleAddress } from './settle.js';

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
    'ipv4-leading-zeros': ipv4LeadingZeros,
    'embedded-ipv4': embeddedIPv4,
    'ipv6-form': ipv6Form,
    'platform-pattern': platformPattern,
  },
  detect: detectAddress,
  mayDetect: mayDetectAddress,
  isClean: isCleanAddress,
  settle: settleAddress,
});

export default plugin;

export { addressAnalysis, analyzeAddress, type AddressAnalysis } from './analyze-address.js';
export { normalizeAddress, type AddressResult } from './normalize.js';
export { detectAddress, mayDetectAddress, ADDRESS_CONFIDENCE } from './detect.js';
export { isCleanAddress } from './is-clean.js';
export { settleAddress } from './settle.js';
export { splitAddress, type AddressParts } from './split-address.js';
export { IP } from './field.js';
