import { definePlugin, defineTextRules } from '@tclint/core';
import { detectMutex } from './detect.js';
import { docsUrl } from './docs-url.js';
import { MUTEX } from './field.js';

export const plugin = definePlugin({
  meta: { name: '@tclint/indicator-mutex', version: '0.1.0', namespace: 'mutex' },
  rules: defineTextRules({ type: 'Mutex', field: MUTEX, docsUrl }),
  detect: detectMutex,
});

export default plugin;

export { detectMutex } from './detect.js';
export { MUTEX } from './field.js';
