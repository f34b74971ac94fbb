import { defineRule, preview } from '@tclint/core';
import { docsUrl } from '../docs-url.js';
import { HASHTAG } from '../field.js';
import { findWhitespace, hashtagReading } from '../hashtag-text.js';

/**
 * A hashtag is one word: everywhere hashtags are used, the tag ends at the
 * first space. Not fixed, because `#apt 28` may mean `#apt28`, `#apt_28` or
 * the two tags `#apt` and `#28`.
 */
export const innerWhitespace = defineRule({
  meta: {
    id: 'inner-whitespace',
    subject: 'indicator',
    types: ['Hashtag'],
    description: 'Hashtags are one word, without whitespace inside',
    docsUrl: docsUrl('inner-whitespace'),
    messages: {
      innerWhitespace:
        'Hashtag {{value}} has {{character}} at position {{position}}; a hashtag is one word and ends at the first space. ' +
        'Not fixed: join the words (#apt28, #apt_28) or make one Hashtag of each',
    },
    severity: 'error',
  },
  check(subject, ctx) {
    const value = subject.values[HASHTAG];
    if (value === undefined) return;
    const { text, start } = ctx.analyze(hashtagReading, value);
    const found = findWhitespace(text);
    if (!found) return;
    ctx.report({
      messageId: 'innerWhitespace',
      data: { value: preview(value), character: found.name, position: start + found.index + 1 },
      field: HASHTAG,
    });
  },
});
