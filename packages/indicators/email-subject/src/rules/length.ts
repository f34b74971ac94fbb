import { codePointLength, defineRule, preview } from '@tclint/core';
import { docsUrl } from '../docs-url.js';
import { MAX_SUBJECT_LENGTH, SUBJECT } from '../field.js';

/** ThreatConnect's Email Subject pattern, `.{1,100}`, accepts at most 100 characters. */
export const length = defineRule({
  meta: {
    id: 'length',
    subject: 'indicator',
    types: ['Email Subject'],
    description: `Email Subjects are at most ${MAX_SUBJECT_LENGTH} characters (ThreatConnect's limit)`,
    docsUrl: docsUrl('length'),
    messages: {
      tooLong: `Email Subject {{value}} has {{length}} characters; ThreatConnect's Email Subject pattern accepts at most ${MAX_SUBJECT_LENGTH}{{hint}}. Not fixed: shorten it`,
    },
    severity: 'error',
  },
  check(subject, ctx) {
    const value = subject.values[SUBJECT];
    if (value === undefined || value.length <= MAX_SUBJECT_LENGTH) return;
    const length = codePointLength(value);
    if (length <= MAX_SUBJECT_LENGTH) return;
    const trimmed = codePointLength(value.trim());
    const hint = trimmed <= MAX_SUBJECT_LENGTH ? ` (${trimmed} without the whitespace around it, which email-subject/surrounding-whitespace removes)` : '';
    ctx.report({ messageId: 'tooLong', data: { value: preview(value), length, hint }, field: SUBJECT });
  },
});
