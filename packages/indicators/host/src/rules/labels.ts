import { defineRule, preview } from '@tclint/core';
import { docsUrl, HOST_NAME } from '../field.js';
import { hostOf, moreLabels, problemsWith } from '../host-value.js';

/** Labels of 1..63 octets with no hyphen at either end: what DNS and ThreatConnect's Host pattern both ask. */
export const labels = defineRule({
  meta: {
    id: 'labels',
    subject: 'indicator',
    types: ['Host'],
    description: 'Labels of 1..63 octets, no empty label, no hyphen at either end of a label',
    docsUrl: docsUrl('labels'),
    messages: {
      empty: 'Host name is empty',
      emptyLabel: 'Host {{value}} has {{count}}: two dots in a row, or a dot at the start; every label needs at least one character',
      labelTooLong: 'Host {{value}} has label {{label}} of {{length}} octets{{more}}; a label is at most 63',
      hyphenEdge: 'Host {{value}} has label {{label}} {{where}} a hyphen{{more}}; a label starts and ends with a letter or digit',
    },
    severity: 'error',
  },
  check(subject, ctx) {
    const { raw, analysis } = hostOf(subject, ctx);
    const value = preview(raw);
    for (const problem of problemsWith(analysis, ['empty', 'empty-label', 'label-too-long', 'hyphen-edge'])) {
      const label = preview(problem.label ?? '');
      const more = moreLabels(problem);
      switch (problem.code) {
        case 'empty':
          ctx.report({ messageId: 'empty', field: HOST_NAME });
          break;
        case 'empty-label':
          ctx.report({ messageId: 'emptyLabel', data: { value, count: problem.count === 1 ? 'an empty label' : `${problem.count} empty labels` }, field: HOST_NAME });
          break;
        case 'label-too-long':
          ctx.report({ messageId: 'labelTooLong', data: { value, label, length: problem.length, more }, field: HOST_NAME });
          break;
        default: {
          const text = problem.label ?? '';
          const where = text.startsWith('-') && text.endsWith('-') ? 'starting and ending with' : text.startsWith('-') ? 'starting with' : 'ending with';
          ctx.report({ messageId: 'hyphenEdge', data: { value, label, where, more }, field: HOST_NAME });
        }
      }
    }
  },
});
