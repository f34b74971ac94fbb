import { definePlugin, defineTextRules } from '@tclint/core';
import { platformPatternRule } from '@tclint/tc-types';
import { detectEmailSubject, mayDetectEmailSubject } from './detect.js';
import { docsUrl } from './docs-url.js';
import { SUBJECT } from './field.js';
import { isCleanEmailSubject } from './is-clean.js';
import { length } from './rules/length.js';
import { name, version } from '../package.json';

/** The line terminators Java's `.` does not match, so ThreatConnect's Email Subject pattern (`.{1,100}`) refuses them. */
const JAVA_LINE_TERMINATORS: ReadonlySet<number> = new Set([0x0a, 0x0d, 0x85, 0x2028, 0x2029]);

export const plugin = definePlugin({
  meta: { name, version, namespace: 'email-subject' },
  rules: {
    ...defineTextRules({ type: 'Email Subject', field: SUBJECT, docsUrl, acceptsControl: (code) => !JAVA_LINE_TERMINATORS.has(code) }),
    length,
    'platform-pattern': platformPatternRule({ type: 'Email Subject', docsUrl: docsUrl('platform-pattern') }),
  },
  detect: detectEmailSubject,
  mayDetect: mayDetectEmailSubject,
  isClean: isCleanEmailSubject,
});

export default plugin;

export { detectEmailSubject, mayDetectEmailSubject, REPLY_PREFIXES } from './detect.js';
export { MAX_SUBJECT_LENGTH, SUBJECT } from './field.js';
export { isCleanEmailSubject } from './is-clean.js';
