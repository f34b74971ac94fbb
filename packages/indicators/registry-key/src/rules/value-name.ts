import { defineRule } from '@tclint/core';
import { EMPTY_VALUE_NAME, VALUE_NAME } from '../constants.js';
import { docsUrl } from '../docs-url.js';

/** ThreatConnect requires a Value Name; a key without one is sent with a single space. */
export const valueName = defineRule({
  meta: {
    id: 'value-name',
    subject: 'indicator',
    types: ['Registry Key'],
    description: 'Value Name is present; a key without a value name has a single space " "',
    docsUrl: docsUrl('value-name'),
    messages: {
      missing: 'Value Name is missing; ThreatConnect requires it. For a key without a value name, send a single space " " (the API treats it as no value name)',
      empty: 'Value Name is empty; ThreatConnect rejects an empty Value Name. For a key without a value name, send a single space " " (the API treats it as no value name)',
    },
    fixable: true,
    severity: 'error',
  },
  check(subject, ctx) {
    const value = subject.values[VALUE_NAME];
    if (value === undefined || value === '') {
      ctx.report({ messageId: value === undefined ? 'missing' : 'empty', field: VALUE_NAME, fix: { field: VALUE_NAME, value: EMPTY_VALUE_NAME } });
    }
  },
});
