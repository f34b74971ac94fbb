import { defineRule, preview } from '@tclint/core';
import { addressAnalysis } from '../analyze-address.js';
import { docsUrl, IP } from '../field.js';

/** Brackets belong around an IPv6 address inside a URL; ThreatConnect's Address pattern refuses them. */
export const brackets = defineRule({
  meta: {
    id: 'brackets',
    subject: 'indicator',
    types: ['Address'],
    description: 'An Address is not written in brackets',
    docsUrl: docsUrl('brackets'),
    messages: {
      brackets: 'Address {{value}} is in brackets, which belong around an IPv6 address inside a URL, not in an Address indicator; write {{fixed}}',
    },
    fixable: true,
    severity: 'error',
  },
  check(subject, context) {
    const value = subject.values[IP];
    const analysis = context.analyze(addressAnalysis, typeof value === 'string' ? value : '');
    const parts = analysis.kind === 'address' ? analysis.parts! : undefined;
    // an address in brackets with a port is address/port's
    if (!parts || parts.open < 0 || parts.portColon >= 0) return;
    const text = analysis.value;
    const fixed = text.slice(0, parts.open) + text.slice(parts.open + 1, parts.close) + text.slice(parts.close + 1);
    context.report({ messageId: 'brackets', data: { value: preview(text), fixed: preview(fixed) }, field: IP, fix: { field: IP, value: fixed } });
  },
});
