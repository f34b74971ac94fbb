import { codePointLength, defineRule, preview } from '@tclint/core';
import { docsUrl } from '../docs-url.js';
import { HASHTAG, MAX_HASHTAG_LENGTH, MIN_HASHTAG_LENGTH } from '../field.js';
import { hashtagReading, HASH } from '../hashtag-text.js';

/**
 * ThreatConnect's Hashtag pattern accepts `#` and 2..255 word characters (3..256 in all),
 * measured as the hashtag will be stored: without surrounding whitespace and with its `#`, in
 * code points as Java counts them. (The 128-character limit of Tags, metadata, does not apply.)
 */
export const length = defineRule({
  meta: {
    id: 'length',
    subject: 'indicator',
    types: ['Hashtag'],
    description: `Hashtags are ${MIN_HASHTAG_LENGTH} to ${MAX_HASHTAG_LENGTH} characters long with their # (ThreatConnect's pattern)`,
    docsUrl: docsUrl('length'),
    messages: {
      tooLong: `Hashtag {{value}} is {{length}} characters long{{withHash}}; ThreatConnect's Hashtag pattern accepts at most ${MAX_HASHTAG_LENGTH} (# and 255 more). Not fixed: shorten it`,
      tooShort: `Hashtag {{value}} is {{length}} characters long{{withHash}}; ThreatConnect's Hashtag pattern needs at least two characters after the #. Not fixed`,
    },
    severity: 'error',
  },
  check(subject, ctx) {
    const value = subject.values[HASHTAG];
    if (value === undefined) return;
    const { hash, body } = ctx.analyze(hashtagReading, value);
    if (body === '') return; // hashtag/empty's or hashtag/prefix's (only the #)
    const stored = 1 + codePointLength(body);
    if (stored >= MIN_HASHTAG_LENGTH && stored <= MAX_HASHTAG_LENGTH) return;
    const withHash = hash === HASH ? '' : ' with the "#" it needs';
    ctx.report({ messageId: stored > MAX_HASHTAG_LENGTH ? 'tooLong' : 'tooShort', data: { value: preview(value), length: stored, withHash }, field: HASHTAG });
  },
});
