import { defineRule, preview } from '@tclint/core';
import { addressAnalysis, isDecimal, singleAddressPrefix } from '../analyze-address.js';
import { docsUrl, IP } from '../field.js';

/**
 * A value with a prefix length is a CIDR block, and ThreatConnect's Address
 * pattern refuses the slash. A block of one address (`/32`, `/128`) is
 * fixed to the address; any other is left to the user, with the advice to
 * use the CIDR type.
 */
export const prefix = defineRule({
  meta: {
    id: 'prefix',
    subject: 'indicator',
    types: ['Address'],
    description: 'An Address has no prefix length (that is a CIDR block)',
    docsUrl: docsUrl('prefix'),
    messages: {
      singleAddressBlock: 'Address {{value}} has prefix length /{{prefix}}, a block of one address; an Address has no prefix length: {{fixed}}',
      cidrBlock: '{{value}} is a CIDR block (prefix length /{{prefix}}), not an Address; use the CIDR type for it',
      slashSuffix: 'Address {{value}} has {{suffix}} after the address; an Address is the address alone (a CIDR block is <address>/<prefix length>)',
    },
    fixable: true,
    severity: 'error',
  },
  check(subject, context) {
    const value = subject.values[IP];
    const analysis = context.analyze(addressAnalysis, typeof value === 'string' ? value : '');
    const parts = analysis.kind === 'address' ? analysis.parts! : undefined;
    if (!parts || parts.slash < 0) return;
    const text = analysis.value;
    const shown = preview(text);
    const written = parts.prefix;
    if (singleAddressPrefix(parts, analysis.family!) !== undefined) {
      const fixed = text.slice(0, parts.slash) + text.slice(parts.end);
      return context.report({ messageId: 'singleAddressBlock', data: { value: shown, prefix: written, fixed: preview(fixed) }, field: IP, fix: { field: IP, value: fixed } });
    }
    if (isDecimal(written) && written.length <= 3 && Number(written) < (analysis.family === 4 ? 32 : 128)) {
      return context.report({ messageId: 'cidrBlock', data: { value: shown, prefix: written }, field: IP });
    }
    context.report({ messageId: 'slashSuffix', data: { value: shown, suffix: preview(`/${written}`) }, field: IP });
  },
});
