import { createEngine, indicator, indicatorFromSummary, type LintResult, type Subject } from '@tclint/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { plugin } from './index.js';
import { MAX_THREATCONNECT_ASN } from './platform-limit.js';
import { reservedRange } from './reserved-ranges.js';
import { platformAccepts } from './testing/platform.js';

const engine = createEngine({ config: [plugin.configs.recommended] });
const asn = (value: string) => indicator('ASN', { 'AS Number': value });
const anyAsn = fc.integer({ min: 0, max: 4294967295 });
const noise = fc.oneof(
  fc.string({ unit: 'binary' }),
  fc.string({ unit: 'grapheme' }),
  fc.string({ unit: fc.constantFrom('A', 'S', 'N', 'a', 's', 'n', ' ', '\t', '0', '1', '9', '.', '-', ':', 'x', '\ud800', '\u00a0') }),
);

function noInternal(result: LintResult<Subject>) {
  expect(result.messages.filter((m) => m.internal || m.ruleId.startsWith('tclint/fix'))).toEqual([]);
}

describe('asn properties', () => {
  it('leaves every canonical ASN<n> unchanged, warning only about special-purpose numbers (and refusing those above ThreatConnect\'s limit)', () => {
    fc.assert(
      fc.property(anyAsn, (n) => {
        const result = engine.fix(asn(`ASN${n}`));
        expect(result.changes).toEqual([]);
        expect(result.messages.map((m) => m.ruleId)).toEqual([...(n > MAX_THREATCONNECT_ASN ? ['asn/format'] : []), ...(reservedRange(n) ? ['asn/reserved'] : [])]);
      }),
      { numRuns: 300 },
    );
  });

  it('fixes any spelling of a number to ASN<n>', () => {
    const spelled = fc.record({
      n: anyAsn,
      prefix: fc.constantFrom('', 'AS', 'ASN', 'as', 'asn', 'As', 'aSn'),
      inside: fc.constantFrom('', ' ', '  ', '\t'),
      zeros: fc.nat({ max: 3 }),
      around: fc.constantFrom('', ' ', '\n'),
      asdot: fc.boolean(),
    });
    fc.assert(
      fc.property(spelled, ({ n, prefix, inside, zeros, around, asdot }) => {
        const number = asdot ? `${Math.floor(n / 65536)}.${n % 65536}` : '0'.repeat(zeros) + n;
        const result = engine.fix(asn(`${around}${prefix}${prefix ? inside : ''}${number}${around}`));
        expect((result.output ?? result.subject).values['AS Number']).toBe(`ASN${n}`);
        // what is left is ThreatConnect's limit, never the spelling
        expect(result.messages.filter((m) => m.severity === 'error').map((m) => m.messageId)).toEqual(n > MAX_THREATCONNECT_ASN ? ['aboveLimit'] : []);
      }),
      { numRuns: 300 },
    );
  });

  it('never throws or misbehaves on arbitrary input, typed or untyped', () => {
    fc.assert(
      fc.property(noise, (value) => {
        noInternal(engine.check(asn(value)));
        noInternal(engine.fix(asn(value)));
        noInternal(engine.check(indicatorFromSummary(value)));
        const detection = plugin.detect(value);
        if (detection) expect(detection.confidence).toBeGreaterThan(0);
      }),
      { numRuns: 400 },
    );
  });

  it('fixes idempotently, and the fixed value has nothing left to fix', () => {
    fc.assert(
      fc.property(noise, (value) => {
        const first = engine.fix(asn(value));
        const fixed = first.output ?? first.subject;
        expect(engine.check(fixed).messages.filter((m) => m.fix)).toEqual([]);
        expect(engine.fix(fixed).changes).toEqual([]);
        if (first.output) expect(fixed.values['AS Number']).toMatch(/^ASN(0|[1-9]\d*)$/);
        // a fix never claims to have fixed what ThreatConnect still refuses
        expect(engine.check(fixed).errorCount > 0).toBe(!platformAccepts(fixed));
      }),
      { numRuns: 400 },
    );
  });
});
