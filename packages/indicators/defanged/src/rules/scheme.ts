import { defineRule } from '@tclint/core';
import { reportFamily } from '../report.js';
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
  check: reportFamily('scheme'),
});
