import { createEngine, indicator, indicatorFromSummary, type IndicatorSubject, type LintResult } from '@tclint/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { recordedIndicatorTypes } from '@tclint/tc-types';
import { normalizeAddress, plugin } from './index.js';
import { groups, ipv4, noise, spelled, tcForm, trickyAddress } from './testing/addresses.js';

const RECORDED = recordedIndicatorTypes();

const engine = createEngine({ config: [plugin.configs.recommended] });
const address = (ip: string) => indicator('Address', { ip });
const fixedIp = (result: LintResult<IndicatorSubject>) => (result.output ?? result.subject).values.ip;

describe('properties', () => {
  it('addresses in ThreatConnect form report nothing and do not change', () => {
    fc.assert(
      fc.property(fc.oneof(ipv4, groups.map(tcForm)), (ip) => {
        const result = engine.fix(address(ip));
        expect(result.messages).toEqual([]);
        expect(result.changes).toEqual([]);
        expect(normalizeAddress(ip)).toEqual({ ok: true, value: ip, family: ip.includes(':') ? 6 : 4 });
      }),
      { numRuns: 300 },
    );
  });

  it('fixes any spelling of an address (whitespace, brackets, zone id, /32 or /128, IPv6 form) to the ThreatConnect form', () => {
    fc.assert(
      fc.property(spelled, ({ v6, v4, s6, brackets, zone, single, around }) => {
        const core = v6 ? s6.text : v4;
        const inner = core + (v6 ? zone : '');
        const value = `${around}${brackets ? `[${inner}]` : inner}${single ? (v6 ? '/128' : '/32') : ''}${around}`;
        const result = engine.fix(address(value));
        expect(result.messages).toEqual([]);
        expect(fixedIp(result)).toBe(v6 ? s6.expected : v4);
        expect(normalizeAddress(value).value).toBe(v6 ? s6.expected : v4);
      }),
      { numRuns: 400 },
    );
  });

  it('never throws and never reports an internal error, typed or untyped', () => {
    fc.assert(
      fc.property(noise, (value) => {
        for (const result of [engine.check(address(value)), engine.fix(address(value)), engine.fix(indicatorFromSummary(value))]) {
          expect(result.messages.filter((m) => m.internal || m.ruleId.startsWith('tclint/fix'))).toEqual([]);
          if (!value.includes('{{')) for (const m of result.messages) expect(m.message).not.toContain('{{');
        }
        const detection = plugin.detect(value);
        if (detection) expect(detection).toMatchObject({ type: 'Address' });
      }),
      { numRuns: 500 },
    );
  });

  it('fixes idempotently; the fixed value has nothing fixable left, and is exactly normalizeAddress(value).value when that exists', () => {
    fc.assert(
      fc.property(noise, (value) => {
        const once = engine.fix(address(value));
        expect(once.messages.filter((m) => m.fix)).toEqual([]);
        const output = fixedIp(once)!;
        expect(engine.fix(address(output)).changes).toEqual([]);
        const expected = normalizeAddress(value).value;
        if (expected !== undefined) {
          expect(output).toBe(expected);
          expect(once.messages).toEqual([]);
        } else expect(once.messages.length).toBeGreaterThan(0); // an error, or a warning with no safe fix (leading zeros in an octet)
      }),
      { numRuns: 500 },
    );
  });

  it('an error exactly when the recorded Address pattern refuses the value (as compiled for JavaScript; the Java test proves the compilation)', () => {
    fc.assert(
      fc.property(fc.oneof(noise, trickyAddress, ipv4, groups.map(tcForm)), (value) => {
        expect(engine.check(address(value)).errorCount > 0).toBe(RECORDED.check('Address', 'ip', value)?.kind !== 'match');
      }),
      { numRuns: 1500 },
    );
  });

  it('a fix never writes a value ThreatConnect refuses: when no error is left, the output matches its recorded Address pattern', () => {
    fc.assert(
      fc.property(fc.oneof(noise, trickyAddress), (value) => {
        const result = engine.fix(address(value));
        if (result.errorCount === 0) expect(RECORDED.check('Address', 'ip', fixedIp(result)!)?.kind).toBe('match');
      }),
      { numRuns: 800 },
    );
  });
});
