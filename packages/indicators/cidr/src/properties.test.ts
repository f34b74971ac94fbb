import { createEngine, indicator, type LintResult } from '@tclint/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { recordedIndicatorTypes } from '@tclint/tc-types';
import { plugin } from './index.js';
import { normalizeCidr } from './normalize.js';
import { anyText, ipv4Block, ipv6Block, mutatedBlock, threatConnectBlock } from './testing/blocks.js';

const engine = createEngine({ config: [plugin.configs.recommended] });
const RECORDED = recordedIndicatorTypes();
const check = (block: string) => engine.check(indicator('CIDR', { Block: block }));
const fix = (block: string) => engine.fix(indicator('CIDR', { Block: block }));
const fixedBlock = (result: LintResult) => (result.output as ReturnType<typeof indicator> | undefined)?.values.Block;

const anyInput = fc.oneof(anyText, mutatedBlock, ipv6Block({ hostBits: true, paddedPrefix: true }), ipv4Block({ hostBits: true, paddedPrefix: true }));
const withWhitespace = fc.tuple(fc.constantFrom('', ' ', '\t', '\n'), anyInput, fc.constantFrom('', ' ', '\r\n')).map(([a, b, c]) => a + b + c);

describe('properties', () => {
  it('blocks in ThreatConnect form report nothing and do not change', () => {
    fc.assert(
      fc.property(threatConnectBlock, (block) => {
        const result = fix(block);
        expect(result.messages).toEqual([]);
        expect(result.changes).toEqual([]);
        expect(normalizeCidr(block)).toMatchObject({ ok: true, value: block });
      }),
      { numRuns: 300 },
    );
  });

  it('never throws and never reports an internal error, on any string', () => {
    fc.assert(
      fc.property(fc.oneof(anyInput, withWhitespace), (value) => {
        for (const result of [check(value), fix(value)]) {
          expect(result.messages.filter((m) => m.internal || m.ruleId.startsWith('tclint/'))).toEqual([]);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('fixing is idempotent and leaves nothing fixable', () => {
    fc.assert(
      fc.property(fc.oneof(anyInput, withWhitespace), (value) => {
        const once = fix(value);
        expect(once.messages.filter((m) => m.fix)).toEqual([]);
        const output = fixedBlock(once) ?? value;
        expect(fix(output).changes).toEqual([]);
      }),
      { numRuns: 400 },
    );
  });

  it('a fixable value is fixed to exactly normalizeCidr(value).value', () => {
    fc.assert(
      fc.property(fc.oneof(anyInput, withWhitespace), (value) => {
        const { value: expected } = normalizeCidr(value);
        const result = fix(value);
        if (expected !== undefined) {
          expect(result.messages).toEqual([]);
          expect(fixedBlock(result) ?? value).toBe(expected);
        } else {
          expect(result.errorCount).toBeGreaterThan(0);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('a fix never writes a value ThreatConnect refuses: the output matches its recorded CIDR pattern', () => {
    fc.assert(
      fc.property(fc.oneof(anyInput, withWhitespace), (value) => {
        const result = fix(value);
        const output = fixedBlock(result);
        if (output === undefined) return;
        if (result.errorCount === 0) expect(RECORDED.check('CIDR', 'Block', output)?.kind).toBe('match');
        // a fixed value reports no error unless it was left with a problem no rule fixes
        if (normalizeCidr(value).value !== undefined) expect(check(output).messages).toEqual([]);
      }),
      { numRuns: 400 },
    );
  });

  it('an error exactly when the recorded CIDR pattern refuses the value (as compiled for JavaScript; the Java test proves the compilation)', () => {
    fc.assert(
      fc.property(fc.oneof(anyInput, withWhitespace, threatConnectBlock), (value) => {
        expect(check(value).errorCount > 0).toBe(RECORDED.check('CIDR', 'Block', value)?.kind !== 'match');
      }),
      { numRuns: 1000 },
    );
  });

  it('messages never show an unfilled placeholder', () => {
    fc.assert(
      fc.property(fc.oneof(anyInput, withWhitespace), (value) => {
        fc.pre(!value.includes('{{'));
        for (const m of check(value).messages) expect(m.message).not.toContain('{{');
      }),
      { numRuns: 200 },
    );
  });
});
