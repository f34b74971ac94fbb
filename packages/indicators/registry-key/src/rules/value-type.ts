import { defineRule } from '@tclint/core';
import { acceptedValueTypes } from '../accepted-value-types.js';
import { VALUE_NAME, VALUE_TYPE } from '../constants.js';
import { docsUrl } from '../docs-url.js';
import { display } from '../display.js';
import { looksLikeValueType, parseValueType } from '../value-type.js';

/** The Value Type is one of the types ThreatConnect accepts (its reply's `value3Option`: eleven by default), spelled exactly. */
export const valueType = defineRule({
  meta: {
    id: 'value-type',
    subject: 'indicator',
    types: ['Registry Key'],
    description: 'Value Type is one of the registry value types ThreatConnect accepts, in upper case',
    docsUrl: docsUrl('value-type'),
    messages: {
      lowercase: 'Value Type {{value}} must be upper case: {{fixed}}',
      whitespace: 'Value Type {{value}} has whitespace around it; write it as {{fixed}}',
      missing: 'Value Type is missing; ThreatConnect requires one of: {{types}}',
      missingShifted:
        'Value Type is missing, and the Value Name {{valueName}} looks like one: for a key without a value name, give Value Name " " and Value Type {{valueName}} (summary "Key Name :   : Value Type")',
      unaccepted: 'Value Type {{value}} is a real Windows registry type, but ThreatConnect does not accept it; it must be one of: {{types}}',
      unknown: 'Value Type {{value}} is not a registry value type ThreatConnect accepts{{hint}}; it must be one of: {{types}}',
    },
    fixable: true,
    severity: 'error',
  },
  check(subject, ctx) {
    const raw = subject.values[VALUE_TYPE];
    const accepted = acceptedValueTypes(ctx.settings);
    const parsed = parseValueType(raw, accepted);
    if (parsed.kind === 'valid') return;
    const types = accepted.join(', ');
    const value = display(raw ?? '');
    switch (parsed.kind) {
      case 'missing': {
        const name = subject.values[VALUE_NAME];
        if (name !== undefined && looksLikeValueType(name)) {
          return ctx.report({ messageId: 'missingShifted', data: { valueName: display(name.trim()), types }, field: VALUE_TYPE });
        }
        return ctx.report({ messageId: 'missing', data: { types }, field: VALUE_TYPE });
      }
      case 'unaccepted':
        return ctx.report({ messageId: 'unaccepted', data: { value, types }, field: VALUE_TYPE });
      case 'unknown': {
        const hint = parsed.suggestion ? ` (did you mean ${parsed.suggestion}?)` : '';
        return ctx.report({ messageId: 'unknown', data: { value, hint, types }, field: VALUE_TYPE });
      }
      case 'fixable': {
        const fix = { field: VALUE_TYPE, value: parsed.type };
        const data = { value, fixed: parsed.type };
        if (parsed.lowercase) ctx.report({ messageId: 'lowercase', data, field: VALUE_TYPE, fix });
        if (parsed.whitespace) ctx.report({ messageId: 'whitespace', data, field: VALUE_TYPE, fix });
      }
    }
  },
});
