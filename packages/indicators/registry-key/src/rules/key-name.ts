import { codePointLength, defineRule } from '@tclint/core';
import { KEY_NAME, MAX_KEY_NAME_LENGTH } from '../constants.js';
import { docsUrl } from '../docs-url.js';
import { display } from '../display.js';
import { keyRoot } from '../key-root.js';
import { firstLineTerminator } from '../line-terminators.js';

/**
 * What ThreatConnect's Key Name pattern refuses beyond its roots
 * (`(?=.{1,257}$)(?:ROOT(?:(?!\\\\.+)(?:\\.+))*)`): a line break, more than
 * 257 characters, and right after the root a lone `\` or an empty key (`\\`
 * followed by more). Further on, `\\` and a trailing `\` pass the pattern
 * (registry-key/empty-subkey warns about them).
 */
export const keyName = defineRule({
  meta: {
    id: 'key-name',
    subject: 'indicator',
    types: ['Registry Key'],
    description: "Key Name is one line of at most 257 characters, with a key after the root's backslash (ThreatConnect's pattern)",
    docsUrl: docsUrl('key-name'),
    messages: {
      lineBreak: "Key Name {{value}} contains {{character}} at position {{position}}, which ThreatConnect's Registry Key pattern refuses: a key path is one line. Not fixed",
      tooLong: `Key Name {{value}} has {{length}} characters; ThreatConnect's Registry Key pattern accepts at most ${MAX_KEY_NAME_LENGTH}. Not fixed`,
      rootSeparator: "Key Name {{value}} ends with \"\\\" right after the root; ThreatConnect's Registry Key pattern refuses a separator with no key after it: {{fixed}}",
      emptyFirstKey:
        "Key Name {{value}} has two backslashes right after the root, an empty key that ThreatConnect's Registry Key pattern refuses{{hint}}",
    },
    fixable: true,
    severity: 'error',
  },
  check(subject, ctx) {
    const key = subject.values[KEY_NAME];
    if (key === undefined) return;
    const value = display(key);
    const lineBreak = firstLineTerminator(key);
    if (lineBreak) ctx.report({ messageId: 'lineBreak', data: { value, character: lineBreak.name, position: lineBreak.index + 1 }, field: KEY_NAME });
    if (key.length > MAX_KEY_NAME_LENGTH) {
      const length = codePointLength(key);
      if (length > MAX_KEY_NAME_LENGTH) ctx.report({ messageId: 'tooLong', data: { value, length }, field: KEY_NAME });
    }
    const root = ctx.analyze(keyRoot, key);
    if (root.kind !== 'valid') return; // registry-key/key-root's
    const rest = key.slice(root.restStart);
    if (rest === '\\') {
      return ctx.report({ messageId: 'rootSeparator', data: { value, fixed: display(root.root) }, field: KEY_NAME, fix: { field: KEY_NAME, value: root.root } });
    }
    if (!rest.startsWith('\\\\') || rest.length < 3) return;
    const unescaped = escapedTwice(rest) ? root.root + rest.replaceAll('\\\\', '\\') : undefined;
    const hint = unescaped ? `; every separator is doubled, as in JSON text escaped twice: ${display(unescaped)}` : '. Not fixed: only you know which key is missing';
    ctx.report({ messageId: 'emptyFirstKey', data: { value, hint }, field: KEY_NAME, ...(unescaped && { fix: { field: KEY_NAME, value: unescaped } }) });
  },
});

/** Whether every backslash of a key path comes in pairs: the path was escaped once too often, and halving them is safe (a key name never holds a backslash). */
function escapedTwice(rest: string): boolean {
  return rest.replaceAll('\\\\', '').indexOf('\\') < 0;
}
