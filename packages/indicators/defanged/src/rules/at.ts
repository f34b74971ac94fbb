import { defineRule } from '@tclint/core';
import { reportFamily } from '../report.js';
import { DEFANGABLE_TYPES, docsUrl } from '../types.js';

export const at = defineRule({
  meta: {
    id: 'at',
    subject: 'indicator',
    types: DEFANGABLE_TYPES,
    description: 'No defanged at signs: [@], (@), [at], (at)',
    docsUrl: docsUrl('at'),
    messages: {
      at: '{{value}} has the defanged at sign {{written}}{{more}}; ThreatConnect needs {{expected}}: {{fixed}}',
    },
    fixable: true,
    severity: 'error',
  },
  check: reportFamily('at'),
});
