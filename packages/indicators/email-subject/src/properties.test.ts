import { indicator } from '@tclint/core';
import { testFixProperties } from '@tclint/rule-tester';
import fc from 'fast-check';
import { expect } from 'vitest';
import { SUBJECT } from './field.js';
import { plugin } from './index.js';
import { platformAccepts } from './testing/platform.js';

const clean = fc
  .string({ unit: fc.oneof(fc.constantFrom('R', 'e', ':', ' ', '\u00a0', '#', '!', 'x'), fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 })), minLength: 1, maxLength: 40 })
  .filter((s) => s.trim() === s && s !== '' && !/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/.test(s));
const noise = fc.oneof(
  fc.string({ unit: 'binary' }),
  fc.string({ unit: 'grapheme' }),
  fc.string({ unit: fc.constantFrom('R', 'e', ':', ' ', '\t', '\n', '\r', '\u0000', '\u0085', '\u00a0', '\u2028', '\u3000', '\ufeff', '\ud800', 'x') }),
  fc.tuple(fc.constantFrom('', ' ', '\t'), fc.integer({ min: 97, max: 103 }), fc.constantFrom('s', '😀'), fc.constantFrom('', ' ', '\r\n')).map(([a, n, c, b]) => a + c.repeat(n) + b),
);

testFixProperties(plugin, {
  subject: (value) => indicator('Email Subject', { [SUBJECT]: value }),
  clean,
  noise,
  accepts: platformAccepts,
  // a subject is never rewritten, only trimmed
  fixed: (value, output) => expect(output.values[SUBJECT]).toBe(value.trim()),
});
