import { defineRule, preview } from '@tclint/core';
import { addressAnalysis } from '../analyze-address.js';
import { docsUrl, IP } from '../field.js';

/** A zone id names an interface of one machine; ThreatConnect's Address pattern refuses `%`. The fix removes it. */
export const zoneId = defineRule({
  meta: {
    id: 'zone-id',
    subject: 'indicator',
    types: ['Address'],
    description: 'An Address has no IPv6 zone id',
    docsUrl: docsUrl('zone-id'),
    messages: {
      zoneId: 'Address {{value}} carries zone id {{zone}}, which names a network interface of one machine; ThreatConnect stores the address alone: {{fixed}}',
    },
    fixable: true,
    severity: 'error',
  },
  check(subject, context) {
    const value = subject.values[IP];
    const analysis = context.analyze(addressAnalysis, typeof value === 'string' ? value : '');
    const parts = analysis.kind === 'address' ? analysis.parts! : undefined;
    if (!parts || parts.percent < 0) return;
    const text = analysis.value;
    const fixed = text.slice(0, parts.percent) + text.slice(parts.zoneEnd);
    context.report({ messageId: 'zoneId', data: { value: preview(text), zone: preview(`%${parts.zone}`), fixed: preview(fixed) }, field: IP, fix: { field: IP, value: fixed } });
  },
});
