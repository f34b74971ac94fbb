import { defineRule, preview } from '@tclint/core';
import { addressAnalysis } from '../analyze-address.js';
import { docsUrl, IP } from '../field.js';
import { hintFor } from '../hint.js';

/** The value is an IPv4 or IPv6 address: anything else is refused by ThreatConnect's Address pattern. */
export const notAnAddress = defineRule({
  meta: {
    id: 'not-an-address',
    subject: 'indicator',
    types: ['Address'],
    description: 'The value is an IPv4 or IPv6 address',
    docsUrl: docsUrl('not-an-address'),
    messages: {
      empty: 'Address is empty; expected an IPv4 address (a.b.c.d) or an IPv6 address',
      notAnAddress: '{{value}} is not an IPv4 or IPv6 address{{hint}}',
    },
    fixable: false,
    severity: 'error',
  },
  check(subject, context) {
    const value = subject.values[IP];
    const analysis = context.analyze(addressAnalysis, typeof value === 'string' ? value : '');
    if (analysis.kind === 'empty') return context.report({ messageId: 'empty', field: IP });
    if (analysis.kind !== 'notAnAddress') return;
    const { start, end } = analysis.parts!;
    context.report({ messageId: 'notAnAddress', data: { value: preview(analysis.value), hint: hintFor(analysis.value.slice(start, end)) }, field: IP });
  },
});
