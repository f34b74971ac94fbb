import { definePlugin, defineTextRules } from '@tclint/core';
import { detectEmailSubject } from './detect.js';
import { docsUrl } from './docs-url.js';
import { SUBJECT } from './field.js';

export const plugin = definePlugin({
  meta: { name: '@tclint/indicator-email-subject', version: '0.1.0', namespace: 'email-subject' },
  rules: defineTextRules({ type: 'Email Subject', field: SUBJECT, docsUrl }),
  detect: detectEmailSubject,
});

export default plugin;

export { detectEmailSubject, REPLY_PREFIXES } from './detect.js';
export { SUBJECT } from './field.js';
