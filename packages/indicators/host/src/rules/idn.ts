import { defineRule, preview } from '@tclint/core';
import { docsUrl, HOST_NAME } from '../field.js';
import { hostOf, moreLabels, problemsWith } from '../host-value.js';

/**
 * `xn--` labels must decode to a valid internationalized label, hyphens in
 * positions 3-4 are reserved for them, and the name must pass the Bidi rule.
 * ThreatConnect's Host pattern does not look into labels, so these are
 * warnings: no resolver would find such a name.
 */
export const idn = defineRule({
  meta: {
    id: 'idn',
    subject: 'indicator',
    types: ['Host'],
    description: 'Punycode (xn--) labels decode to valid internationalized labels (UTS #46, IDNA2008); hyphens in positions 3-4 only there',
    docsUrl: docsUrl('idn'),
    messages: {
      invalidLabel: 'Host {{value}}: {{reason}}; a Punycode label must decode to a valid internationalized label (UTS #46){{more}}',
      bidi: 'Host {{value}}: {{reason}}',
      reservedHyphens:
        'Host {{value}} has label {{label}} with hyphens in the 3rd and 4th positions{{more}}; those are reserved for Punycode labels, which start with "xn--"',
    },
    severity: 'warn',
  },
  check(subject, ctx) {
    const { raw, analysis } = hostOf(subject, ctx);
    const value = preview(raw);
    for (const problem of problemsWith(analysis, ['reserved-hyphens', 'invalid-idn'])) {
      if (problem.code === 'reserved-hyphens') {
        ctx.report({ messageId: 'reservedHyphens', data: { value, label: preview(problem.label ?? ''), more: moreLabels(problem) }, field: HOST_NAME });
      } else if (problem.label === undefined) {
        ctx.report({ messageId: 'bidi', data: { value, reason: problem.reason }, field: HOST_NAME });
      } else {
        const others = (problem.count ?? 1) - 1;
        const more = others > 0 ? ` (${others} more such label${others === 1 ? '' : 's'})` : '';
        ctx.report({ messageId: 'invalidLabel', data: { value, reason: problem.reason, more }, field: HOST_NAME });
      }
    }
  },
});
