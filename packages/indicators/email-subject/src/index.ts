import { definePlugin, defineTextRules } from '@tclint/core';
import { detectEmailSubject } from './detect.js';
import { docsUrl } from './docs-url.js';
import { SUBJECT } from './field.js';
import { name, version } from '../package.json';

export const plugin = definePlugin({
  meta: { name, version, namespace: 'email-subject' },
  rules: defineTextRules({ type: 'Email Subject', field: SUBJECT, docsUrl }),
  detect: detectEmailSubject,
});

export default plugin;

export { detectEmailSubject, REPLY_PREFIXES } from './detect.js';
export { SUBJECT } from './field.js';
