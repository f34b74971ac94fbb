import { codePointLength, defineRule } from '@tclint/core';
import { EMPTY_VALUE_NAME, MAX_VALUE_NAME_LENGTH, VALUE_NAME } from '../constants.js';
import { docsUrl } from '../docs-url.js';
import { display } from '../display.js';
import { firstLineTerminator } from '../line-terminators.js';

/**
 * ThreatConnect requires a Value Name; a key without one is sent with a single
 * space (seed: the API errors without it, although its pattern `.{0,214}`
 * allows an empty one). The pattern refuses a line break and more than 214
 * characters.
 */
export const valueName = defineRule({
  meta: {
    id: 'value-name',
    subject: 'indicator',
    types: ['Registry Key'],
    description: 'Value Name is present (a single space " " for none), one line of at most 214 characters',
    docsUrl: docsUrl('value-name'),
    messages: {
      missing: 'Value Name is missing; ThreatConnect requires it. For a key without a value name, send a single space " " (the API treats it as no value name)',
      empty: 'Value Name is empty; ThreatConnect rejects an empty Value Name. For a key without a value name, send a single space " " (the API treats it as no value name)',
      lineBreak: "Value Name {{value}} contains {{character}} at position {{position}}, which ThreatConnect's Registry Key pattern refuses. Not fixed",
      tooLong: `Value Name {{value}} has {{length}} characters; ThreatConnect's Registry Key pattern accepts at most ${MAX_VALUE_NAME_LENGTH}. Not fixed`,
    },
    fixable: true,
    severity: 'error',
  },
  check(subject, ctx) {
    const value = subject.values[VALUE_NAME];
    if (value === undefined || value === '') {
      return ctx.report({ messageId: value === undefined ? 'missing' : 'empty', field: VALUE_NAME, fix: { field: VALUE_NAME, value: EMPTY_VALUE_NAME } });
    }
    const lineBreak = firstLineTerminator(value);
    if (lineBreak) ctx.report({ messageId: 'lineBreak', data: { value: display(value), character: lineBreak.name, position: lineBreak.index + 1 }, field: VALUE_NAME });
    if (value.length > MAX_VALUE_NAME_LENGTH) {
      const length = codePointLength(value);
      if (length > MAX_VALUE_NAME_LENGTH) ctx.report({ messageId: 'tooLong', data: { value: display(value), length }, field: VALUE_NAME });
    }
  },
});
