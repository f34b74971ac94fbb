import { defineRule, preview } from '@tclint/core';
import { docsUrl, HOST_NAME } from '../field.js';
import { hostProblems, moreLabels } from '../host-value.js';

/** Policy: underscores are not in host names proper, but real DNS names such as `_dmarc.example.com` have them. */
export const underscore = defineRule({
  meta: {
    id: 'underscore',
    subject: 'indicator',
    types: ['Host'],
    description: 'Underscores are allowed, with a warning, for service names such as _dmarc.example.com (policy)',
    docsUrl: docsUrl('underscore'),
    messages: {
      underscore:
        'Host {{value}} has an underscore in label {{label}}{{more}}; fine for service names such as _dmarc.example.com, but no ordinary host name has one',
    },
    severity: 'warn',
  },
  check(subject, ctx) {
    const { value, problems } = hostProblems(subject, ['underscore']);
    for (const problem of problems) {
      ctx.report({ messageId: 'underscore', data: { value, label: preview(problem.label ?? ''), more: moreLabels(problem) }, field: HOST_NAME });
    }
  },
});
