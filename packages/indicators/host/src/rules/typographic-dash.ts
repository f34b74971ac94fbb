import { defineRule, preview, previewChar } from '@tclint/core';
import { docsUrl, HOST_NAME } from '../field.js';
import { hostOf, problemsWith, repairOf } from '../host-value.js';

/**
 * Report templates turn hyphens into typographic dashes (`neurotonix–buy.us`);
 * UTS #46 would turn those into another name's Punycode. The ASCII-hyphen
 * reading is offered instead. A warning: it is a guess at what was meant
 * (ThreatConnect refuses the value as written: its platform-pattern error says so).
 */
export const typographicDash = defineRule({
  meta: {
    id: 'typographic-dash',
    subject: 'indicator',
    types: ['Host'],
    description: 'Typographic dashes (U+2010..U+2015) where a hyphen belongs are read as ASCII hyphens, never converted to Punycode',
    docsUrl: docsUrl('typographic-dash'),
    messages: {
      dash: 'Host {{value}} has the typographic dash {{char}} where a host name has a hyphen; it probably means {{fixed}}',
    },
    fixable: true,
    severity: 'warn',
  },
  check(subject, ctx) {
    const { raw, analysis } = hostOf(subject, ctx);
    for (const problem of problemsWith(analysis, ['typographic-dash'])) {
      ctx.report({ messageId: 'dash', data: { value: preview(raw), char: previewChar(problem.char ?? ''), fixed: preview(problem.fixed!) }, field: HOST_NAME, fix: repairOf(analysis, problem) });
    }
  },
});
