import { defineRule, preview } from '@tclint/core';
import { docsUrl } from '../docs-url.js';
import { HASHTAG, MAX_HASHTAG_LENGTH } from '../field.js';
import { hashtagText, withHash } from '../hashtag-text.js';

/**
 * ThreatConnect's tags (metadata) are at most 128 characters; a Hashtag is
 * held to the same limit (policy). Measured as the hashtag will be stored:
 * without surrounding whitespace and with its `#`.
 */
export const length = defineRule({
  meta: {
    id: 'length',
    subject: 'indicator',
    types: ['Hashtag'],
    description: `Hashtags are at most ${MAX_HASHTAG_LENGTH} characters long`,
    docsUrl: docsUrl('length'),
    messages: {
      tooLong: `Hashtag {{value}} is {{length}} characters long{{withHash}}; hashtags are at most ${MAX_HASHTAG_LENGTH}, ThreatConnect's limit for tags. Not fixed: shorten it`,
    },
    severity: 'error',
  },
  check(subject, ctx) {
    const value = subject.values[HASHTAG];
    if (value === undefined) return;
    const text = hashtagText(value);
    const tag = withHash(text);
    if (tag.length <= MAX_HASHTAG_LENGTH) return;
    ctx.report({
      messageId: 'tooLong',
      data: { value: preview(value), length: tag.length, withHash: tag.length !== text.length ? ' with the "#" it needs' : '' },
      field: HASHTAG,
    });
  },
});
