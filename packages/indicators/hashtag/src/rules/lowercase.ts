import { defineRule, preview } from '@tclint/core';
import { docsUrl } from '../docs-url.js';
import { HASHTAG } from '../field.js';
import { hashtagReading } from '../hashtag-text.js';

const ASCII_UPPER = /[A-Z]/;
const NON_ASCII = /[^\x00-\x7f]/;
const CHUNK = 8192;

/**
 * `value` with its ASCII letters in lower case and every other code unit as
 * it was (lone surrogates too). Written by hand: `replace(/[A-Z]+/g, ...)`
 * took 170 ms of CPU on 1 MB of alternating case (a callback per letter).
 */
export function lowerAsciiLetters(value: string): string {
  if (!NON_ASCII.test(value)) return value.toLowerCase();
  const units = new Uint16Array(value.length);
  for (let i = 0; i < value.length; i++) {
    const unit = value.charCodeAt(i);
    units[i] = unit >= 65 && unit <= 90 ? unit + 32 : unit;
  }
  let lowered = '';
  for (let i = 0; i < units.length; i += CHUNK) lowered += String.fromCharCode(...units.subarray(i, i + CHUNK));
  return lowered;
}

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
    const fixed = lowerAsciiLetters(value);
    ctx.report({ messageId: 'uppercase', data: { value: preview(value), fixed: preview(fixed) }, field: HASHTAG, fix: { field: HASHTAG, value: fixed } });
  },
});
