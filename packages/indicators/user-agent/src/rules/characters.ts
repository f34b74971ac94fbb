import { defineRule, preview, previewChar } from '@tclint/core';
import { userAgentScan } from '../character-set.js';
import { docsUrl } from '../docs-url.js';
import { USER_AGENT_STRING } from '../field.js';

const NOT_FIXED = 'Not fixed: a changed string would no longer be the one clients send';

/** ThreatConnect's User Agent pattern accepts printable ASCII but `'` and `\`, and `’` (U+2019). */
export const characters = defineRule({
  meta: {
    id: 'characters',
    subject: 'indicator',
    types: ['User Agent'],
    description: "User Agent strings are printable ASCII without ' or \\ (ThreatConnect's character set)",
    docsUrl: docsUrl('characters'),
    messages: {
      apostrophe:
        `User Agent {{value}} has an ASCII apostrophe (') at position {{position}}, which ThreatConnect's User Agent pattern refuses: its character set has the typographic ’ (U+2019) where ' would be. ${NOT_FIXED}`,
      backslash: `User Agent {{value}} has a backslash at position {{position}}, which ThreatConnect's User Agent pattern refuses. ${NOT_FIXED}`,
      other: `User Agent {{value}} has {{character}} at position {{position}}, which ThreatConnect's User Agent pattern refuses: it accepts printable ASCII but ' and \\. ${NOT_FIXED}`,
      surrounding: "User Agent {{value}} {{where}} {{character}} (position {{position}}), which ThreatConnect's User Agent pattern refuses; removing the surrounding whitespace removes it",
    },
    severity: 'error',
  },
  check(subject, ctx) {
    const value = subject.values[USER_AGENT_STRING];
    if (value === undefined) return;
    const scan = ctx.analyze(userAgentScan, value);
    const index = scan.inside ?? scan.surrounding;
    if (index === undefined) return;
    const char = String.fromCodePoint(value.codePointAt(index)!);
    const data = { value: preview(value), position: index + 1, character: previewChar(char) };
    if (scan.inside === undefined) return ctx.report({ messageId: 'surrounding', data: { ...data, where: index < value.length - value.trimStart().length ? 'starts with' : 'ends with' }, field: USER_AGENT_STRING });
    ctx.report({ messageId: char === "'" ? 'apostrophe' : char === '\\' ? 'backslash' : 'other', data, field: USER_AGENT_STRING });
  },
});
