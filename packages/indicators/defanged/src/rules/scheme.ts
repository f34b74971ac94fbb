import { defineRule } from '@tclint/core';
import { defangedValueOf, familyReport } from '../defanged-value.js';
import { DEFANGABLE_TYPES, docsUrl } from '../types.js';

export const scheme = defineRule({
  meta: {
    id: 'scheme',
    subject: 'indicator',
    types: DEFANGABLE_TYPES,
    description: 'No defanged scheme: hxxp://, hXXps:// are http://, https://',
    docsUrl: docsUrl('scheme'),
    messages: {
      scheme: '{{value}} starts with the defanged scheme {{written}}; ThreatConnect needs the real scheme {{expected}}: {{fixed}}',
    },
    fixable: true,
    severity: 'error',
  },
  check(subject, ctx) {
    const found = defangedValueOf(subject, ctx);
    // an error only where ThreatConnect refuses the value as written; defanged/accepted speaks of the others
    if (!found?.refused) return;
    const report = familyReport(found, 'scheme');
    if (report) ctx.report(report);
  },
});
