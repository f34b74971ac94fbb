import { createEngine, indicator, indicatorFromSummary, type IndicatorSubject, type LintResult } from '@tclint/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeAddress, plugin } from './index.js';

const engine = createEngine({ config: [plugin.configs.recommended] });
const address = (ip: string) => indicator('Address', { ip });
const fixedIp = (result: LintResult<IndicatorSubject>) => (result.output ?? result.subject).values.ip;

const octet = fc.integer({ min: 0, max: 255 });
const ipv4 = fc.tuple(octet, octet, octet, octet).map((o) => o.join('.'));
const groups = fc.array(fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 0xffff })), { minLength: 8, maxLength: 8 });
/** ThreatConnect's form, written by the test itself: lowercase hex, no leading zeros, all eight groups. */
const tcForm = (g: number[]) => g.map((n) => n.toString(16)).join(':');

/** Any standard spelling of eight groups: padded, upper case, the longest zero run compressed. */
const ipv6Spelling = fc.record({ g: groups, pad: fc.boolean(), upper: fc.boolean(), compress: fc.boolean() }).map(({ g, pad, upper, compress }) => {
  let parts = g.map((n) => (pad ? n.toString(16).padStart(4, '0') : n.toString(16)));
  if (upper) parts = parts.map((p) => p.toUpperCase());
  let text = parts.join(':');
  if (compress) {
    let best = [-1, 0];
    for (let i = 0; i < 8; i++) {
      let j = i;
      while (j < 8 && g[j] === 0) j++;
      if (j - i > best[1]!) best = [i, j - i];
    }
    if (best[1]! > 0) text = `${parts.slice(0, best[0]).join(':')}::${parts.slice(best[0]! + best[1]!).join(':')}`;
  }
  return { text, expected: tcForm(g) };
});

const spelled = fc.record({
  v6: fc.boolean(),
  v4: ipv4,
  s6: ipv6Spelling,
  brackets: fc.boolean(),
  zone: fc.constantFrom('', '%eth0', '%25', '%en0'),
  single: fc.boolean(),
  around: fc.constantFrom('', ' ', '\t', '\n', '\u00a0'),
});

const noise = fc.oneof(
  fc.string({ unit: 'binary' }),
  fc.string({ unit: 'grapheme' }),
  fc.string({ unit: fc.constantFrom('0', '1', '9', 'a', 'F', 'x', '.', ':', '::', '/', '%', '[', ']', ' ', '\t', '-', '\ud800', '\u00a0', '３') }),
  fc.tuple(ipv4, fc.string()).map(([a, b]) => a + b),
  fc.tuple(fc.string(), ipv6Spelling).map(([a, b]) => a + b.text),
);

describe('properties', () => {
  it('addresses in ThreatConnect form report nothing and do not change', () => {
    fc.assert(
      fc.property(fc.oneof(ipv4, groups.map(tcForm)), (ip) => {
        const result = engine.fix(address(ip));
        expect(result.messages).toEqual([]);
        expect(result.changes).toEqual([]);
        expect(normalizeAddress(ip)).toEqual({ ok: true, value: ip, family: ip.includes(':') ? 6 : 4, problems: [] });
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
        } else expect(once.errorCount).toBeGreaterThan(0);
      }),
      { numRuns: 500 },
    );
  });
});
