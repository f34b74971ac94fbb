import { defineRule, preview } from '@tclint/core';
import { addressAnalysis } from '../analyze-address.js';
import { docsUrl, IP } from '../field.js';

/** ThreatConnect's Address pattern matches the whole value, so it refuses surrounding whitespace. */
export const whitespace = defineRule({
  meta: {
    id: 'whitespace',
    subject: 'indicator',
    types: ['Address'],
    description: 'An Address has no leading or trailing whitespace',
    docsUrl: docsUrl('whitespace'),
    messages: {
      surroundingWhitespace: 'Address {{value}} has leading or trailing whitespace; write {{fixed}}',
    },
    fixable: true,
    severity: 'error',
  },
  check(subject, context) {
    const value = subject.values[IP];
    const analysis = context.analyze(addressAnalysis, typeof value === 'string' ? value : '');
    const parts = analysis.kind === 'address' ? analysis.parts! : undefined;
    if (!parts || (parts.start === 0 && parts.end === analysis.value.length)) return;
    const fixed = analysis.value.slice(parts.start, parts.end);
    context.report({ messageId: 'surroundingWhitespace', data: { value: preview(analysis.value), fixed: preview(fixed) }, field: IP, fix: { field: IP, value: fixed } });
  },
});
