import { definePlugin } from '@tclint/core';
// esbuild inlines just these two fields, so meta stays in step with the published version
import { name, version } from '../package.json';
import { allowlistedDomain } from './rules/allowlisted-domain.js';
import { ipv4Mapped } from './rules/ipv4-mapped.js';
import { privateIp } from './rules/private-ip.js';

export const plugin = definePlugin({
  meta: { name, version, namespace: 'acme' },
  rules: { 'private-ip': privateIp, 'allowlisted-domain': allowlistedDomain, 'ipv4-mapped': ipv4Mapped },
});

export default plugin;

export { DEFAULT_ALLOWLIST, type DefaultAllowlistEntry, type DefaultReason } from './default-allowlist.js';
export { SPECIAL_CATEGORIES, SPECIAL_RANGES, specialRange, type SpecialCategory, type SpecialRange } from './special-ranges.js';
export { formatAddress, formatBlock, isIpv4Mapped, parseBlock, parseIp, unmapIpv4, type IpBlock, type IpValue } from './ip.js';
export { privateIpOptions, type PrivateIpOptions, type PrivateIpOptionsInput } from './private-ip-options.js';
