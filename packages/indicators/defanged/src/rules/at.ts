import { defineRule } from '@tclint/core';
import { defangedValueOf, familyReport } from '../defanged-value.js';
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
  check(subject, ctx) {
    const found = defangedValueOf(subject, ctx);
    // an error only where ThreatConnect refuses the value as written; defanged/accepted speaks of the others
    if (!found?.refused) return;
    const report = familyReport(found, 'at');
    if (report) ctx.report(report);
  },
});
