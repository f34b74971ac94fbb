import { defineRule, preview, previewChar } from '@tclint/core';
import { docsUrl } from '../docs-url.js';
import { HASHTAG } from '../field.js';
import { hashtagReading, isAsciiLetter, isWordCharacter } from '../hashtag-text.js';

/**
 * ThreatConnect's Hashtag pattern, `\B(\#(?=\w*[A-Za-z]+)\w{1,254}[A-Za-z0-9])`, accepts after the
 * `#` only Java's `\w` (ASCII letters, digits, `_`), at least one letter, and a last character that
 * is a letter or a digit.
 */
export const word = defineRule({
  meta: {
    id: 'word',
    subject: 'indicator',
    types: ['Hashtag'],
    description: 'After the #, a Hashtag is ASCII letters, digits and _, with a letter, ending in a letter or digit (ThreatConnect\'s pattern)',
    docsUrl: docsUrl('word'),
    messages: {
      character:
        "Hashtag {{value}} has {{character}} at position {{position}}; ThreatConnect's Hashtag pattern accepts only ASCII letters, digits and _ after the #. Not fixed: only you know what the tag should be",
      noLetter: "Hashtag {{value}} has no letter; ThreatConnect's Hashtag pattern needs at least one letter A-Z after the # ({{value}} reads as a number). Not fixed",
      underscoreEnd: "Hashtag {{value}} ends with _; ThreatConnect's Hashtag pattern needs a letter or digit at the end. Not fixed",
    },
    severity: 'error',
  },
  check(subject, ctx) {
    const value = subject.values[HASHTAG];
    if (value === undefined) return;
    const { body, start, hash } = ctx.analyze(hashtagReading, value);
    if (body === '') return;
    const shown = preview(value);
    let letter = false;
    for (let i = 0; i < body.length; i++) {
      const code = body.charCodeAt(i);
      if (isAsciiLetter(code)) letter = true;
      else if (!isWordCharacter(code) && !isReportedElsewhere(code)) {
        const char = String.fromCodePoint(body.codePointAt(i)!);
        return ctx.report({ messageId: 'character', data: { value: shown, character: previewChar(char), position: start + hash.length + i + 1 }, field: HASHTAG });
      }
    }
    if (!letter) ctx.report({ messageId: 'noLetter', data: { value: shown }, field: HASHTAG });
    else if (body.endsWith('_')) ctx.report({ messageId: 'underscoreEnd', data: { value: shown }, field: HASHTAG });
  },
});

/** Control characters and whitespace, which hashtag/control-characters and hashtag/inner-whitespace report. */
function isReportedElsewhere(code: number): boolean {
  if (code < 0x21 || (code >= 0x7f && code <= 0xa0) || code === 0x2028 || code === 0x2029) return true;
  return code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}
