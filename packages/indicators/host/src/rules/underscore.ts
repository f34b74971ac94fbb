import { defineRule, preview } from '@tclint/core';
import { docsUrl, HOST_NAME } from '../field.js';
import { hostOf, moreLabels, problemsWith } from '../host-value.js';

/** Real DNS names such as `_dmarc.example.com` have underscores, but ThreatConnect's Host pattern refuses them. */
export const underscore = defineRule({
  meta: {
    id: 'underscore',
    subject: 'indicator',
    types: ['Host'],
    description: "No underscores: ThreatConnect's Host pattern refuses them, even in real DNS names such as _dmarc.example.com",
    docsUrl: docsUrl('underscore'),
    messages: {
      underscore:
        "Host {{value}} has an underscore in label {{label}}{{more}}; ThreatConnect's Host pattern does not accept underscores (real DNS names such as _dmarc.example.com have them, but the platform refuses them as Host indicators)",
    },
    severity: 'error',
  },
  check(subject, ctx) {
    const { raw, analysis } = hostOf(subject, ctx);
    for (const problem of problemsWith(analysis, ['underscore'])) {
      ctx.report({ messageId: 'underscore', data: { value: preview(raw), label: preview(problem.label ?? ''), more: moreLabels(problem) }, field: HOST_NAME });
    }
  },
});
