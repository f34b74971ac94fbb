import { defineRule, preview } from '@tclint/core';
import { MAX_USER_AGENT_LENGTH, userAgentScan } from '../character-set.js';
import { docsUrl } from '../docs-url.js';
import { USER_AGENT_STRING } from '../field.js';

/** ThreatConnect's User Agent pattern accepts at most 256 characters. */
export const length = defineRule({
  meta: {
    id: 'length',
    subject: 'indicator',
    types: ['User Agent'],
    description: `User Agent strings are at most ${MAX_USER_AGENT_LENGTH} characters (ThreatConnect's limit)`,
    docsUrl: docsUrl('length'),
    messages: {
      tooLong: `User Agent {{value}} has {{length}} characters; ThreatConnect's User Agent pattern accepts at most ${MAX_USER_AGENT_LENGTH}. Not fixed: ThreatConnect cannot store this string`,
    },
    severity: 'error',
  },
  check(subject, ctx) {
    const value = subject.values[USER_AGENT_STRING];
    if (value === undefined || value.length <= MAX_USER_AGENT_LENGTH) return;
    const { length } = ctx.analyze(userAgentScan, value);
    if (length > MAX_USER_AGENT_LENGTH) ctx.report({ messageId: 'tooLong', data: { value: preview(value), length }, field: USER_AGENT_STRING });
  },
});
