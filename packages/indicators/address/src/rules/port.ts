import { defineRule, preview } from '@tclint/core';
import { addressAnalysis } from '../analyze-address.js';
import { docsUrl, IP } from '../field.js';

/** An Address is the address alone; ThreatConnect's Address pattern refuses a port. Not fixed: the port is information. */
export const port = defineRule({
  meta: {
    id: 'port',
    subject: 'indicator',
    types: ['Address'],
    description: 'An Address has no port',
    docsUrl: docsUrl('port'),
    messages: {
      port: 'Address {{value}} has port {{port}}; an Address is the address alone, {{address}} (not fixed automatically: the port is information you may want to keep elsewhere)',
    },
    fixable: false,
    severity: 'error',
  },
  check(subject, context) {
    const value = subject.values[IP];
    const analysis = context.analyze(addressAnalysis, typeof value === 'string' ? value : '');
    const parts = analysis.kind === 'address' ? analysis.parts! : undefined;
    if (!parts || parts.portColon < 0) return;
    context.report({ messageId: 'port', data: { value: preview(analysis.value), port: preview(parts.port), address: preview(parts.address) }, field: IP });
  },
});
