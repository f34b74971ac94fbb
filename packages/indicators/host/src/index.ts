import { definePlugin, ruleDocsUrl } from '@tclint/core';
import { platformPatternRule } from '@tclint/tc-types';
import { detectHost, mayDetectHost } from './detect.js';
import { isCleanHost } from './is-clean.js';
import { characters } from './rules/characters.js';
import { idn } from './rules/idn.js';
import { ipAddress } from './rules/ip-address.js';
import { knownTld } from './rules/known-tld.js';
import { labels } from './rules/labels.js';
import { lowercase } from './rules/lowercase.js';
import { nameLength } from './rules/name-length.js';
import { punycode } from './rules/punycode.js';
import { topLevelDomain } from './rules/top-level-domain.js';
import { trailingDot } from './rules/trailing-dot.js';
import { typographicDash } from './rules/typographic-dash.js';
import { underscore } from './rules/underscore.js';
import { whitespace } from './rules/whitespace.js';
import { name, version } from '../package.json';

export const plugin = definePlugin({
  meta: { name, version, namespace: 'host' },
  rules: {
    whitespace,
    'ip-address': ipAddress,
    'trailing-dot': trailingDot,
    lowercase,
    'typographic-dash': typographicDash,
    punycode,
    characters,
    underscore,
    labels,
    'top-level-domain': topLevelDomain,
    'known-tld': knownTld,
    'name-length': nameLength,
    idn,
    'platform-pattern': platformPatternRule({ type: 'Host', docsUrl: ruleDocsUrl('packages/indicators/host', 'host/platform-pattern') }),
  },
  detect: detectHost,
  mayDetect: mayDetectHost,
  isClean: isCleanHost,
});

export default plugin;

export { analyzeHost, hostAnalysis, type HostAnalysis } from './analyze-host.js';
export { detectHost, FILE_LIKE_CONFIDENCE, HOST_CONFIDENCE, mayDetectHost } from './detect.js';
export { HOST_PATTERN_EXCLUDED_PREFIXES, HOST_PATTERN_EXCLUDED_WORDS, hostPatternTldRefusal, type TldRefusal } from './host-pattern.js';
export { isCleanHost } from './is-clean.js';
export { HOST_NAME } from './field.js';
