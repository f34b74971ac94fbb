import { defineRule, preview } from '@tclint/core';
import { docsUrl } from '../docs-url.js';
import { MUTEX } from '../field.js';
import { MAX_MUTEX_LENGTH, mutexName } from '../namespace.js';

/** ThreatConnect's Mutex pattern accepts at most 260 characters after an optional `Global\` or `Local\`. */
export const length = defineRule({
  meta: {
    id: 'length',
    subject: 'indicator',
    types: ['Mutex'],
    description: `Mutex names are at most ${MAX_MUTEX_LENGTH} characters after an optional Global\\ or Local\\ (ThreatConnect's limit)`,
    docsUrl: docsUrl('length'),
    messages: {
      tooLong: `Mutex {{value}} has {{length}} characters{{after}}; ThreatConnect's Mutex pattern accepts at most ${MAX_MUTEX_LENGTH} after an optional Global\\ or Local\\. Not fixed: shorten it`,
    },
    severity: 'error',
  },
  check(subject, ctx) {
    const value = subject.values[MUTEX];
    if (value === undefined) return;
    const name = ctx.analyze(mutexName, value);
    if (name.withinLimit) return;
    const length = name.length - name.namespace.length;
    ctx.report({ messageId: 'tooLong', data: { value: preview(value), length, after: name.namespace ? ` after ${preview(name.namespace)}` : '' }, field: MUTEX });
  },
});
