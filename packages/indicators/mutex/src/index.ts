import { definePlugin, defineTextRules } from '@tclint/core';
import { detectMutex } from './detect.js';
import { docsUrl } from './docs-url.js';
import { MUTEX } from './field.js';
import { name, version } from '../package.json';

export const plugin = definePlugin({
  meta: { name, version, namespace: 'mutex' },
  rules: defineTextRules({ type: 'Mutex', field: MUTEX, docsUrl }),
  detect: detectMutex,
});

export default plugin;

export { detectMutex } from './detect.js';
export { MUTEX } from './field.js';
