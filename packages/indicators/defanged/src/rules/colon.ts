import { defineRule } from '@tclint/core';
import { reportFamily } from '../report.js';
import { DEFANGABLE_TYPES, docsUrl } from '../types.js';

export const colon = defineRule({
  meta: {
    id: 'colon',
    subject: 'indicator',
    types: DEFANGABLE_TYPES,
    description: 'No defanged colons: [:], [://]',
    docsUrl: docsUrl('colon'),
    messages: {
      colon: '{{value}} has the defanged {{written}}{{more}}; ThreatConnect needs {{expected}}: {{fixed}}',
    },
    fixable: true,
    severity: 'error',
  },
  check: reportFamily('colon'),
});
