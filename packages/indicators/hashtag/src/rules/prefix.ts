import { defineRule, preview } from '@tclint/core';
import { docsUrl } from '../docs-url.js';
import { HASHTAG } from '../field.js';
import { FULLWIDTH_HASH, HASH, hashtagReading, withHash } from '../hashtag-text.js';

/** A hashtag starts with `#` (policy: the fix adds it). */
export const prefix = defineRule({
  meta: {
    id: 'prefix',
    subject: 'indicator',
    types: ['Hashtag'],
    description: 'Hashtags start with "#"',
    docsUrl: docsUrl('prefix'),
    messages: {
      missingHash: 'Hashtag {{value}} does not start with "#"; write it as {{fixed}}',
      fullwidthHash: 'Hashtag {{value}} starts with the full-width "＃" (U+FF03) instead of "#"; write it as {{fixed}}',
      hashOnly: 'Hashtag {{value}} is only the "#"; write the word after it, e.g. #apt28',
    },
    fixable: true,
    severity: 'error',
  },
  check(subject, ctx) {
    const value = subject.values[HASHTAG];
    if (value === undefined) return;
    const { text, start } = ctx.analyze(hashtagReading, value);
    if (text === '') return; // hashtag/empty's
    if (text === HASH || text === FULLWIDTH_HASH) return ctx.report({ messageId: 'hashOnly', data: { value: preview(value) }, field: HASHTAG });
    if (text.startsWith(HASH)) return;
    // only the hash is added here: whitespace around the value is hashtag/surrounding-whitespace's to remove
    const fixed = withHash(text);
    ctx.report({
      messageId: text.startsWith(FULLWIDTH_HASH) ? 'fullwidthHash' : 'missingHash',
      data: { value: preview(value), fixed: preview(fixed) },
      field: HASHTAG,
      fix: { field: HASHTAG, value: value.slice(0, start) + fixed + value.slice(start + text.length) },
    });
  },
});
