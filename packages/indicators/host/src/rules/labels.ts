import { defineRule, preview } from '@tclint/core';
import { docsUrl, HOST_NAME } from '../field.js';
import { hostProblems, moreLabels } from '../host-value.js';

/** The DNS limits on labels and names, and the hyphen rules of IDNA2008. */
export const labels = defineRule({
  meta: {
    id: 'labels',
    subject: 'indicator',
    types: ['Host'],
    description: 'Labels of 1..63 octets, at most 253 in all, no hyphen at either end, hyphens in positions 3-4 only for xn--, no numeric top-level domain',
    docsUrl: docsUrl('labels'),
    messages: {
      empty: 'Host name is empty',
      emptyLabel: 'Host {{value}} has {{count}}: two dots in a row, or a dot at the start; every label needs at least one character',
      labelTooLong: 'Host {{value}} has label {{label}} of {{length}} octets{{more}}; a label is at most 63',
      nameTooLong: 'Host {{value}} is {{length}} characters long; a host name is at most 253 octets in ASCII form',
      hyphenEdge: 'Host {{value}} has label {{label}} {{where}} a hyphen{{more}}; a label starts and ends with a letter or digit',
      reservedHyphens:
        'Host {{value}} has label {{label}} with hyphens in the 3rd and 4th positions{{more}}; those are reserved for Punycode labels, which start with "xn--"',
      numericTld: 'Host {{value}} ends in the all-digit label {{label}}; no top-level domain is numeric (if this is meant as an IP address, it is not a valid one)',
    },
    severity: 'error',
  },
  check(subject, ctx) {
    const { value, problems } = hostProblems(subject, ['empty', 'empty-label', 'label-too-long', 'name-too-long', 'hyphen-edge', 'reserved-hyphens', 'numeric-tld']);
    for (const problem of problems) {
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
        case 'name-too-long':
          ctx.report({ messageId: 'nameTooLong', data: { value, length: problem.length }, field: HOST_NAME });
          break;
        case 'hyphen-edge': {
          const raw = problem.label ?? '';
          const where = raw.startsWith('-') && raw.endsWith('-') ? 'starting and ending with' : raw.startsWith('-') ? 'starting with' : 'ending with';
          ctx.report({ messageId: 'hyphenEdge', data: { value, label, where, more }, field: HOST_NAME });
          break;
        }
        case 'reserved-hyphens':
          ctx.report({ messageId: 'reservedHyphens', data: { value, label, more }, field: HOST_NAME });
          break;
        case 'numeric-tld':
          ctx.report({ messageId: 'numericTld', data: { value, label }, field: HOST_NAME });
          break;
      }
    }
  },
});
