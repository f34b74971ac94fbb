import { createEngine, indicator, type IndicatorSubject, type LintResult } from '@tclint/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_ALLOWLIST } from './default-allowlist.js';
import { isUnder } from './domain.js';
import { formatBlock } from './ip.js';
import { plugin } from './index.js';
import { SPECIAL_RANGES } from './special-ranges.js';

const engine = createEngine({ config: [plugin.configs.recommended] });
const FIELDS = { Address: 'ip', CIDR: 'Block', Host: 'hostName', URL: 'text', EmailAddress: 'address' } as const;
const types = fc.constantFrom(...(Object.keys(FIELDS) as Array<keyof typeof FIELDS>));
const subjectOf = (type: keyof typeof FIELDS, value: string) => indicator(type, { [FIELDS[type]]: value });
const ids = (result: LintResult<IndicatorSubject>) => result.messages.map((m) => m.ruleId);

const noise = fc.oneof(
  fc.string({ unit: 'binary' }),
  fc.string({ unit: 'grapheme' }),
  fc.string({ unit: fc.constantFrom('1', '0', 'f', '.', ':', '/', '%', '@', '[', ']', 'x', 'e', 'example', 'com', '\ud800', ' ', '\u0000') }),
);
const label = fc.stringMatching(/^[a-z0-9]([a-z0-9-]{0,8}[a-z0-9])?$/);
const domain = fc.array(label, { minLength: 1, maxLength: 4 }).map((labels) => labels.join('.'));

describe('acme properties', () => {
  it('never throws or reports an internal error, whatever the value; fixing is idempotent and leaves nothing to fix', () => {
    fc.assert(
      fc.property(types, noise, (type, value) => {
        const first = engine.fix(subjectOf(type, value));
        expect(first.messages.filter((m) => m.internal)).toEqual([]);
        expect(first.changes.every((c) => c.ruleId === 'acme/ipv4-mapped')).toBe(true);
        const fixed = first.output ?? first.subject;
        expect(engine.check(fixed).messages.filter((m) => m.fix)).toEqual([]);
        expect(engine.fix(fixed).changes).toEqual([]);
      }),
      { numRuns: 500 },
    );
  });

  it('writes every IPv4-mapped address and block as IPv4, however the IPv6 is spelled', () => {
    const spelled = fc.record({
      ipv4: fc.ipV4(),
      prefix: fc.option(fc.integer({ min: 0, max: 32 }), { nil: undefined }),
      form: fc.constantFrom('dotted', 'hex', 'full', 'upper'),
    });
    fc.assert(
      fc.property(spelled, ({ ipv4, prefix, form }) => {
        const [a, b, c, d] = ipv4.split('.').map(Number) as [number, number, number, number];
        const hex = `${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
        const ipv6 = form === 'dotted' ? `::ffff:${ipv4}` : form === 'hex' ? `::ffff:${hex}` : form === 'full' ? `0:0:0:0:0:ffff:${hex}` : `::FFFF:${hex.toUpperCase()}`;
        const subject = prefix === undefined ? subjectOf('Address', ipv6) : subjectOf('CIDR', `${ipv6}/${prefix + 96}`);
        const result = engine.fix(subject);
        expect(result.output?.values[prefix === undefined ? 'ip' : 'Block']).toBe(prefix === undefined ? ipv4 : `${ipv4}/${prefix}`);
      }),
      { numRuns: 300 },
    );
  });

  it('warns about every address inside a special-purpose range, with its category or a more specific one', () => {
    const inRange = fc.constantFrom(...SPECIAL_RANGES).chain((range) => {
      const bits = range.block.version === 4 ? 32 : 128;
      const size = 1n << BigInt(bits - range.block.prefix);
      return fc.bigInt({ min: 0n, max: size - 1n }).map((offset) => ({ range, ip: formatBlock({ ...range.block, network: range.block.network + offset, prefix: bits }).split('/')[0]! }));
    });
    fc.assert(
      fc.property(inRange, ({ range, ip }) => {
        const [message, ...rest] = engine.check(subjectOf('Address', ip)).messages;
        expect(rest).toEqual([]);
        expect(message?.ruleId).toBe('acme/private-ip');
        const reported = SPECIAL_RANGES.find((r) => r.range === message?.data?.range);
        // the reported range is the generated one or a more specific range inside it
        expect(reported && reported.block.prefix >= range.block.prefix).toBe(true);
        if (reported === range) expect(message?.messageId).toBe(range.category);
      }),
      { numRuns: 500 },
    );
  });

  it('matches allowlisted domains on label boundaries only, in any case, in hosts, URLs and email addresses', () => {
    const listed = fc.constantFrom(...DEFAULT_ALLOWLIST.map((e) => e.domain));
    const under = (host: string) => DEFAULT_ALLOWLIST.some((e) => host === e.domain || host.split('.').slice(1).some((_, i, labels) => labels.slice(i).join('.') === e.domain));
    fc.assert(
      fc.property(fc.oneof(domain, fc.tuple(domain, listed).map(([d, l]) => `${d}.${l}`), fc.tuple(label, listed).map(([p, l]) => p + l)), fc.boolean(), (host, upper) => {
        const written = upper ? host.toUpperCase() : host;
        const expected = under(host) ? ['acme/allowlisted-domain'] : [];
        expect(ids(engine.check(subjectOf('Host', written)))).toEqual(expected);
        expect(ids(engine.check(subjectOf('URL', `https://user@${written}:8443/x?y=${host}#z`)))).toEqual(expected);
        expect(ids(engine.check(subjectOf('EmailAddress', `Someone.Else@${written}`)))).toEqual(expected);
      }),
      { numRuns: 500 },
    );
  });

  it('isUnder agrees with comparing trailing labels', () => {
    fc.assert(
      fc.property(domain, domain, (host, parent) => {
        const labels = parent.split('.').length;
        expect(isUnder(host, parent)).toBe(host.split('.').slice(-labels).join('.') === parent && host.split('.').length >= labels);
        expect(isUnder(`${host}.${parent}`, parent)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});
