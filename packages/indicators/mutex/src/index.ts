import { definePlugin, defineTextRules } from '@tclint/core';
import { platformPatternRule } from '@tclint/tc-types';
import { detectMutex, mayDetectMutex } from './detect.js';
import { docsUrl } from './docs-url.js';
import { MUTEX } from './field.js';
import { isCleanMutex } from './is-clean.js';
import { length } from './rules/length.js';
import { name, version } from '../package.json';

/** Java's `\s`, which ThreatConnect's Mutex pattern (`(?:\S| ){1,260}`) refuses: tab, line feed, vertical tab, form feed, carriage return. */
const refusedControl = (code: number) => code >= 0x09 && code <= 0x0d;

export const plugin = definePlugin({
  meta: { name, version, namespace: 'mutex' },
  rules: {
    ...defineTextRules({ type: 'Mutex', field: MUTEX, docsUrl, acceptsControl: (code) => !refusedControl(code) }),
    length,
    'platform-pattern': platformPatternRule({ type: 'Mutex', docsUrl: docsUrl('platform-pattern') }),
  },
  detect: detectMutex,
  mayDetect: mayDetectMutex,
  isClean: isCleanMutex,
});

export default plugin;

export { detectMutex, mayDetectMutex } from './detect.js';
export { MUTEX } from './field.js';
export { isCleanMutex } from './is-clean.js';
export { MAX_MUTEX_LENGTH, mutexName, NAMESPACES, readMutexName, type MutexName } from './namespace.js';
