import { definePlugin } from '@tclint/core';
import { platformPatternRule } from '@tclint/tc-types';
import { name, version } from '../package.json';
import { detectAsn, mayDetectAsn } from './detect.js';
import { docsUrl } from './docs-url.js';
import { isCleanAsn } from './is-clean.js';
import { format } from './rules/format.js';
import { leadingZeros } from './rules/leading-zeros.js';
import { prefixCase } from './rules/prefix-case.js';
import { reserved } from './rules/reserved.js';
import { settleAsn } from './settle.js';

export const plugin = definePlugin({
  meta: { name, version, namespace: 'asn' },
  rules: {
    format,
    'prefix-case': prefixCase,
    'leading-zeros': leadingZeros,
    reserved,
    'platform-pattern': platformPatternRule({ type: 'ASN', docsUrl: docsUrl('platform-pattern') }),
  },
  detect: detectAsn,
  mayDetect: mayDetectAsn,
  isClean: isCleanAsn,
  settle: settleAsn,
});

export default plugin;

export { detectAsn, mayDetectAsn } from './detect.js';
export { isCleanAsn } from './is-clean.js';
export { settleAsn } from './settle.js';
export { AS_NUMBER } from './field.js';
export { asnParse, canonicalAsn, MAX_ASDOT_PART, MAX_ASN, parseAsn, type AsnParse, type AsnSpelling } from './parse-asn.js';
export { MAX_THREATCONNECT_ASN, patternAcceptsDigits } from './platform-limit.js';
export { RESERVED_ASN_RANGES, reservedRange, type ReservedCategory, type ReservedRange } from './reserved-ranges.js';
