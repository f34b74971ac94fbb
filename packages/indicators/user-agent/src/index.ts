import { definePlugin, defineTextRules } from '@tclint/core';
import { platformPatternRule } from '@tclint/tc-types';
import { detectUserAgent, mayDetectUserAgent } from './detect.js';
import { docsUrl } from './docs-url.js';
import { USER_AGENT_STRING } from './field.js';
import { isCleanUserAgent } from './is-clean.js';
import { characters } from './rules/characters.js';
import { length } from './rules/length.js';
import { name, version } from '../package.json';

export const plugin = definePlugin({
  meta: { name, version, namespace: 'user-agent' },
  rules: {
    // ThreatConnect's User Agent character set has no control character: every one is an error
    ...defineTextRules({ type: 'User Agent', field: USER_AGENT_STRING, docsUrl }),
    characters,
    length,
    'platform-pattern': platformPatternRule({ type: 'User Agent', docsUrl: docsUrl('platform-pattern') }),
  },
  detect: detectUserAgent,
  mayDetect: mayDetectUserAgent,
  isClean: isCleanUserAgent,
});

export default plugin;

export { isUserAgentCharacter, MAX_USER_AGENT_LENGTH, scanUserAgent, TYPOGRAPHIC_APOSTROPHE, userAgentScan, type UserAgentScan } from './character-set.js';
export { detectUserAgent, mayDetectUserAgent } from './detect.js';
export { USER_AGENT_STRING } from './field.js';
export { isCleanUserAgent } from './is-clean.js';
export { KNOWN_CLIENTS, PROTOCOL_NAMES } from './known-clients.js';
export { readProductTokens, type ProductTokens } from './product-tokens.js';
