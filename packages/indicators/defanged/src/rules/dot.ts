import { defineRule } from '@tclint/core';
import { reportFamily } from '../report.js';
import { DEFANGABLE_TYPES, docsUrl } from '../types.js';

export const dot = defineRule({
  meta: {
    id: 'dot',
    subject: 'indicator',
    types: DEFANGABLE_TYPES,
    description: 'No defanged dots: [.], (.), {.}, [dot], (dot)',
    docsUrl: docsUrl('dot'),
    messages: {
      dot: '{{value}} has the defanged dot {{written}}{{more}}; ThreatConnect needs {{expected}}: {{fixed}}',
    },
    fixable: true,
    severity: 'error',
  },
  check: reportFamily('dot'),
});
