import { defineRule } from '@tclint/core';
import { KEY_NAME } from '../constants.js';
import { docsUrl } from '../docs-url.js';
import { display } from '../display.js';

/**
 * Registry key names cannot be empty, so `\\` inside a Key Name or a `\` at
 * its end never names a real key: usually the value was JSON-escaped twice,
 * or copied with a trailing separator. A warning without a fix (policy).
 */
export const emptySubkey = defineRule({
  meta: {
    id: 'empty-subkey',
    subject: 'indicator',
    types: ['Registry Key'],
    description: 'Warns about empty key names in a Key Name: "\\\\" inside it or "\\" at its end',
    docsUrl: docsUrl('empty-subkey'),
    messages: {
      doubledBackslash:
        'Key Name {{value}} has two backslashes in a row, an empty key name no registry key can have; keys are separated by one "\\". Was the value escaped twice (JSON "\\\\\\\\")?',
      trailingBackslash: 'Key Name {{value}} ends with "\\"; a key path does not end with a separator',
    },
    severity: 'warn',
  },
  check(subject, ctx) {
    const key = subject.values[KEY_NAME];
    if (key === undefined) return;
    if (key.includes('\\\\')) ctx.report({ messageId: 'doubledBackslash', data: { value: display(key) }, field: KEY_NAME });
    if (key.endsWith('\\') && !key.endsWith('\\\\')) ctx.report({ messageId: 'trailingBackslash', data: { value: display(key) }, field: KEY_NAME });
  },
});
