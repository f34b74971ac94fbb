import { indicator } from '@tclint/core';
import { testFixProperties } from '@tclint/rule-tester';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { USER_AGENT_STRING } from './field.js';
import { plugin } from './index.js';
import { platformAccepts } from './testing/platform.js';

const token = fc.stringMatching(/^[A-Za-z][A-Za-z0-9-]{0,8}\/[0-9][0-9.]{0,6}$/);
const comment = fc.array(fc.stringMatching(/^[A-Za-z0-9 .;:_+/-]{1,12}$/), { minLength: 1, maxLength: 3 }).map((parts) => `(${parts.join('; ')})`);
const agent = fc.array(fc.oneof(token, comment), { minLength: 1, maxLength: 6 }).map((parts) => parts.join(' ')).filter((s) => s.trim() === s);
const printable = fc.string({ unit: fc.constantFrom(...' !"#$%&()*+,-./0123456789:;<=>?@AZaz[]^_`{|}~’'), minLength: 1, maxLength: 40 }).filter((s) => s.trim() === s);
const noise = fc.oneof(
  fc.string({ unit: 'binary' }),
  fc.string({ unit: 'grapheme' }),
  fc.string({ unit: fc.constantFrom('M', 'o', '/', '5', '.', '0', ' ', '(', ')', ';', '\\', "'", '’', '\t', '\n', '\r', '\u0000', '\u0085', '\u00a0', '\u2028', '\ufeff', '\ud800') }),
  fc.tuple(fc.constantFrom('', ' ', '\t', '\u00a0'), fc.integer({ min: 250, max: 260 }), fc.constantFrom('', ' ', '\r\n')).map(([a, n, b]) => `${a}curl/${'7'.repeat(n - 5)}${b}`),
);

testFixProperties(plugin, {
  subject: (value) => indicator('User Agent', { [USER_AGENT_STRING]: value }),
  clean: fc.oneof(agent, printable),
  noise,
  accepts: platformAccepts,
  // a User-Agent string is never rewritten, only trimmed
  fixed: (value, output) => expect(output.values[USER_AGENT_STRING]).toBe(value.trim()),
});

describe('detectUserAgent', () => {
  it('recognizes products and comments that start with a name/version product and have a comment or a second product', () => {
    fc.assert(
      fc.property(token, fc.array(fc.oneof(token, comment), { minLength: 1, maxLength: 5 }), (first, rest) => {
        fc.pre(!/^https?\//i.test(first));
        expect(plugin.detect([first, ...rest].join(' '))).toEqual({ type: 'User Agent', confidence: expect.any(Number) as number });
      }),
      { numRuns: 200 },
    );
  });
});
