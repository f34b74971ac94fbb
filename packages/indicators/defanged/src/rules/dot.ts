import { defineRule } from '@tclint/core';
import { defangedValueOf, familyReport } from '../defanged-value.js';
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
  check(subject, ctx) {
    const found = defangedValueOf(subject, ctx);
    // an error only where ThreatConnect refuses the value as written; defanged/accepted speaks of the others
    if (!found?.refused) return;
    const report = familyReport(found, 'dot');
    if (report) ctx.report(report);
  },
});
