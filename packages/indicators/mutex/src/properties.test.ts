import { indicator } from '@tclint/core';
import { testFixProperties } from '@tclint/rule-tester';
import fc from 'fast-check';
import { expect } from 'vitest';
import { MUTEX } from './field.js';
import { plugin } from './index.js';
import { platformAccepts } from './testing/platform.js';

const clean = fc
  .tuple(
    fc.constantFrom('', 'Global\\', 'Local\\'),
    fc.string({ unit: fc.oneof(fc.constantFrom('\\', '[', ']', '.', ':', ' ', 'G', 'l', 'o', 'b', 'a', 'L', '\u00a0'), fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 })), minLength: 1, maxLength: 60 }),
  )
  .map(([namespace, name]) => namespace + name)
  .filter((s) => s.trim() === s && !/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/.test(s));
const noise = fc.oneof(
  fc.string({ unit: 'binary' }),
  fc.string({ unit: 'grapheme' }),
  fc.string({ unit: fc.constantFrom('G', 'l', '\\', ' ', '\t', '\n', '\r', '\u000b', '\u0000', '\u0085', '\u00a0', '\u2028', '\u3000', '\ufeff', '\ud800', 'x') }),
  fc.tuple(fc.constantFrom('', 'Global\\', ' Local\\', '\tGlobal\\'), fc.integer({ min: 255, max: 265 }), fc.constantFrom('', ' ', '\r\n')).map(([prefix, n, suffix]) => `${prefix}${'m'.repeat(n)}${suffix}`),
);

testFixProperties(plugin, {
  subject: (value) => indicator('Mutex', { [MUTEX]: value }),
  clean,
  noise,
  accepts: platformAccepts,
  // a Mutex is never rewritten, only trimmed
  fixed: (value, output) => expect(output.values[MUTEX]).toBe(value.trim()),
});
