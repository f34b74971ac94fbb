import { defineRule } from '@tclint/core';
import { KEY_NAME } from '../constants.js';
import { docsUrl } from '../docs-url.js';
import { display } from '../display.js';
import { keyRoot } from '../key-root.js';

/**
 * Registry key names cannot be empty, so `\\` inside a Key Name or a `\` at
 * its end never names a real key: usually the value was JSON-escaped twice,
 * or copied with a trailing separator. ThreatConnect's pattern accepts them
 * past the first key, so a warning without a fix (policy); right after the
 * root it refuses them, which is registry-key/key-name's error.
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
    const root = ctx.analyze(keyRoot, key);
    const rest = root.kind === 'valid' ? key.slice(root.restStart) : undefined;
    if (rest === '\\' || (rest?.startsWith('\\\\') && rest.length >= 3)) return; // registry-key/key-name's error
    if (key.includes('\\\\')) ctx.report({ messageId: 'doubledBackslash', data: { value: display(key) }, field: KEY_NAME });
    if (key.endsWith('\\') && !key.endsWith('\\\\')) ctx.report({ messageId: 'trailingBackslash', data: { value: display(key) }, field: KEY_NAME });
  },
});
