import { definePlugin } from '@tclint/core';
import { name, version } from '../package.json';
import { detectAsn } from './detect.js';
import { format } from './rules/format.js';
import { reserved } from './rules/reserved.js';

export const plugin = definePlugin({
  meta: { name, version, namespace: 'asn' },
  rules: { format, reserved },
  detect: detectAsn,
});

export default plugin;

export { detectAsn } from './detect.js';
export { AS_NUMBER } from './field.js';
export { canonicalAsn, MAX_ASDOT_PART, MAX_ASN, parseAsn, type AsnParse, type AsnSpelling } from './parse-asn.js';
export { RESERVED_ASN_RANGES, reservedRange, type ReservedCategory, type ReservedRange } from './reserved-ranges.js';
