import { defineRule, preview } from '@tclint/core';
import { docsUrl } from '../docs-url.js';
import { HASHTAG } from '../field.js';
import { hashtagReading } from '../hashtag-text.js';

const ASCII_UPPER = /[A-Z]/;

/**
 * ThreatConnect's indicatorTypes reply gives Hashtag the case preference
 * `lower`: it accepts `#APT28`, but stores and matches hashtags in lower case.
 * A warning, fixed by lower-casing the ASCII letters (the only letters its
 * pattern accepts).
 */
export const lowercase = defineRule({
  meta: {
    id: 'lowercase',
    subject: 'indicator',
    types: ['Hashtag'],
    description: 'Hashtags are written in lower case, the case ThreatConnect stores them in',
    docsUrl: docsUrl('lowercase'),
    messages: {
      uppercase: 'Hashtag {{value}} has upper-case letters; ThreatConnect stores Hashtags in lower case (its case preference): {{fixed}}',
    },
    fixable: true,
    severity: 'warn',
  },
  check(subject, ctx) {
    const value = subject.values[HASHTAG];
    if (value === undefined || !ASCII_UPPER.test(ctx.analyze(hashtagReading, value).body)) return;
    const fixed = value.replace(/[A-Z]+/g, (letters) => letters.toLowerCase());
    ctx.report({ messageId: 'uppercase', data: { value: preview(value), fixed: preview(fixed) }, field: HASHTAG, fix: { field: HASHTAG, value: fixed } });
  },
});
