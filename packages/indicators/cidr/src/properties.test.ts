import { createEngine, indicator, type LintResult } from '@tclint/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { plugin } from './index.js';
import { normalizeCidr } from './normalize.js';
import { anyText, ipv4Block, ipv6Block, mutatedBlock, threatConnectBlock } from './testing/blocks.js';

const engine = createEngine({ config: [plugin.configs.recommended] });
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
        expect(normalizeCidr(block)).toMatchObject({ ok: true, value: block, problems: [] });
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

  it('every message the engine renders equals the problem message of normalizeCidr', () => {
    fc.assert(
      fc.property(fc.oneof(anyInput, withWhitespace), (value) => {
        expect(check(value).messages.map((m) => m.message)).toEqual(
          normalizeCidr(value)
            .problems.slice()
            .sort((a, b) => RULE_ORDER.indexOf(a.rule) - RULE_ORDER.indexOf(b.rule))
            .map((p) => p.message),
        );
      }),
      { numRuns: 200 },
    );
  });
});

const RULE_ORDER = Object.keys(plugin.rules);
