import { createEngine, indicator, indicatorFromSummary, type IndicatorSubject, type LintResult } from '@tclint/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { recordedIndicatorTypes } from '@tclint/tc-types';
import { storedEmailAddress, plugin } from './index.js';

const engine = createEngine({ config: [plugin.configs.recommended] });
const email = (address: string) => indicator('EmailAddress', { address });
const fixedAddress = (result: LintResult<IndicatorSubject>) => (result.output ?? result.subject).values.address;

const atext = fc.constantFrom(...'abcxyzABCXYZ0189!#$%&\'*+-/=?^_`{|}~'.split(''));
const accepted = (address: string) => recordedIndicatorTypes().check('EmailAddress', 'address', address)?.kind === 'match';
const word = fc.string({ unit: atext, minLength: 1, maxLength: 8 });
const localPart = fc.array(word, { minLength: 1, maxLength: 3 }).map((words) => words.join('.'));
const label = fc.string({ unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz0123456789'.split('')), minLength: 1, maxLength: 10 });
const tld = fc.constantFrom('com', 'org', 'de', 'museum', 'xn--p1ai');
const domain = fc.tuple(fc.array(label, { minLength: 1, maxLength: 3 }), tld).map(([labels, top]) => [...labels, top].join('.'));
/** A domain written in upper or mixed case; its ThreatConnect form is lower case. */
const casedDomain = fc.tuple(domain, fc.array(fc.boolean(), { minLength: 40, maxLength: 40 })).map(([d, upper]) => ({
  written: [...d].map((c, i) => (upper[i % 40] ? c.toUpperCase() : c)).join(''),
  expected: d,
}));

const noise = fc.oneof(
  fc.string({ unit: 'binary' }),
  fc.string({ unit: 'grapheme' }),
  fc.string({ unit: fc.constantFrom('a', 'Z', '1', '@', '.', '"', '\\', ' ', '[', ']', '(', ')', 'at', 'ß', 'ö', '-', 'xn--', '\ud800', '\u0000', ':') }),
  fc.tuple(localPart, fc.string(), domain).map(([l, junk, d]) => `${l}${junk}@${d}`),
);

describe('properties', () => {
  it('valid addresses report nothing and do not change', () => {
    fc.assert(
      fc.property(localPart, domain, (local, d) => {
        const value = `${local}@${d}`;
        const result = engine.fix(email(value));
        expect(result.messages).toEqual([]);
        expect(result.changes).toEqual([]);
        expect(storedEmailAddress(value)).toBe(value);
      }),
      { numRuns: 300 },
    );
  });

  it('fixes the domain to lower case and never touches the local part', () => {
    fc.assert(
      fc.property(localPart, casedDomain, fc.constantFrom('', ' ', '\t', '\n'), fc.boolean(), (local, d, around, rootDot) => {
        const result = engine.fix(email(`${around}${local}@${d.written}${rootDot ? '.' : ''}${around}`));
        expect(result.messages).toEqual([]);
        expect(fixedAddress(result)).toBe(`${local}@${d.expected}`);
        // the fixed value is one ThreatConnect accepts
        expect(accepted(fixedAddress(result)!)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('never throws and never reports an internal error, typed or untyped', () => {
    fc.assert(
      fc.property(noise, (value) => {
        for (const result of [engine.check(email(value)), engine.fix(email(value)), engine.fix(indicatorFromSummary(value))]) {
          expect(result.messages.filter((m) => m.internal || m.ruleId.startsWith('tclint/fix'))).toEqual([]);
          if (!value.includes('{{')) for (const m of result.messages) expect(m.message).not.toContain('{{');
        }
        const detection = plugin.detect(value);
        if (detection) expect(detection).toEqual({ type: 'EmailAddress', confidence: 0.9 });
      }),
      { numRuns: 500 },
    );
  });

  it('fixes idempotently; the fixed value has nothing fixable left, keeps the local part, and is storedEmailAddress(value) when that exists', () => {
    fc.assert(
      fc.property(noise, (value) => {
        const once = engine.fix(email(value));
        expect(once.messages.filter((m) => m.fix)).toEqual([]);
        const output = fixedAddress(once)!;
        expect(engine.fix(email(output)).changes).toEqual([]);
        if (once.output) {
          const at = value.trim().indexOf('@');
          expect(output.slice(0, output.indexOf('@'))).toBe(value.trim().slice(0, at));
        }
        const expected = storedEmailAddress(value);
        if (expected !== undefined) expect(output).toBe(expected);
        if (once.errorCount === 0) expect(accepted(output)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});
