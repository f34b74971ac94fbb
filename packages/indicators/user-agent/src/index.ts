import { definePlugin, defineTextRules } from '@tclint/core';
import { detectUserAgent } from './detect.js';
import { docsUrl } from './docs-url.js';
import { USER_AGENT_STRING } from './field.js';
import { name, version } from '../package.json';

export const plugin = definePlugin({
  meta: { name, version, namespace: 'user-agent' },
  rules: defineTextRules({ type: 'User Agent', field: USER_AGENT_STRING, docsUrl }),
  detect: detectUserAgent,
});

export default plugin;

export { detectUserAgent } from './detect.js';
export { USER_AGENT_STRING } from './field.js';
export { readProductTokens, type ProductTokens } from './product-tokens.js';
