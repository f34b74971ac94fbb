import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { definePlugin } from './define.js';
import { createEngine } from './engine.js';
import { inferType } from './infer.js';
import type { Plugin } from './rule.js';
import { SHAPE, shapeFilter, shapeOf } from './shape.js';

const names = (shape: number) =>
  Object.entries(SHAPE)
    .filter(([name, bit]) => name !== 'LETTER' && (shape & bit) !== 0)
    .map(([name]) => name);

describe('shapeOf', () => {
  it.each([
    ['', []],
    ['ASN12345', ['DIGIT', 'HEX_LETTER', 'OTHER_LETTER', 'UPPERCASE']],
    ['10.0.0.0/8', ['DIGIT', 'DOT', 'SLASH']],
    ['abc:def::/48', ['DIGIT', 'HEX_LETTER', 'COLON', 'SLASH']],
    ['http://x.io/a_b-c?q=1', ['DIGIT', 'HEX_LETTER', 'OTHER_LETTER', 'DOT', 'COLON', 'SLASH', 'SCHEME', 'HYPHEN', 'UNDERSCORE', 'PUNCTUATION']],
    ['#apt29', ['DIGIT', 'HEX_LETTER', 'OTHER_LETTER', 'HASH', 'LEADING_HASH']],
    ['a#b', ['HEX_LETTER', 'HASH']],
    ['HKLM\\Run', ['OTHER_LETTER', 'UPPERCASE', 'BACKSLASH']],
    ['x@y[.]z (1)', ['DIGIT', 'OTHER_LETTER', 'AT', 'DOT', 'BRACKET', 'WHITESPACE']],
    ['a\tb\u0000', ['HEX_LETTER', 'WHITESPACE', 'CONTROL']],
    ['AS\u00a012\u3000', ['DIGIT', 'HEX_LETTER', 'OTHER_LETTER', 'UPPERCASE', 'WHITESPACE']],
    ['österreich', ['HEX_LETTER', 'OTHER_LETTER', 'NON_ASCII']],
    ['\u0085\ud800', ['NON_ASCII']],
  ])('%j has %j', (value, expected) => {
    expect(names(shapeOf(value)).sort()).toEqual([...expected].sort());
  });

  it('is the union of the shapes of the parts, where no part boundary makes "://" or moves a leading "#"', () => {
    const piece = fc.string({ unit: fc.constantFrom('a', 'G', '7', '.', '-', '_', '@', '\\', '[', ' ', '\u00a0', 'é', '\u0001', '%', '\ud83d', '\ude00') });
    fc.assert(
      fc.property(piece, piece, (a, b) => {
        expect(shapeOf(a + b)).toBe(shapeOf(a) | shapeOf(b));
      }),
      { numRuns: 500 },
    );
  });
});

describe('shapeFilter', () => {
  const asnLike = shapeFilter({ all: SHAPE.DIGIT, only: SHAPE.DIGIT | SHAPE.LETTER | SHAPE.UPPERCASE | SHAPE.WHITESPACE | SHAPE.DOT, maxLength: 40 });
  const accepts = (filter: ReturnType<typeof shapeFilter>, value: string) => filter(shapeOf(value), value.length);

  it('holds every condition given', () => {
    expect(['ASN1', 'as 1.10', '12345', ' 7 '].map((v) => accepts(asnLike, v))).toEqual([true, true, true, true]);
    expect(['ASN', 'AS-1', 'ASN1/2', '1'.repeat(41), ''].map((v) => accepts(asnLike, v))).toEqual([false, false, false, false, false]);
    const urlish = shapeFilter({ any: SHAPE.SCHEME | SHAPE.SLASH, none: SHAPE.WHITESPACE, minLength: 3 });
    expect(['a/b', 'http://x', 'a b/c', 'ab', 'abc'].map((v) => accepts(urlish, v))).toEqual([true, true, false, false, false]);
    expect(accepts(shapeFilter({}), '')).toBe(true);
  });
});

describe('inference by shape', () => {
  function plugin(namespace: string, type: string, pattern: RegExp, mayDetect?: Plugin['mayDetect']) {
    const asked: string[] = [];
    const p = definePlugin({
      meta: { name: namespace, namespace },
      rules: {},
      detect(value) {
        asked.push(value);
        return pattern.test(value) ? { type, confidence: 0.9 } : undefined;
      },
      ...(mayDetect ? { mayDetect } : {}),
    });
    return { plugin: p, asked };
  }

  it('asks only the plugins whose mayDetect accepts the shape, and the ones without a filter', () => {
    const asn = plugin('asn', 'ASN', /^ASN\d+$/, shapeFilter({ all: SHAPE.DIGIT, only: SHAPE.DIGIT | SHAPE.LETTER | SHAPE.UPPERCASE }));
    const tag = plugin('tag', 'Hashtag', /^#\w+$/, shapeFilter({ all: SHAPE.LEADING_HASH }));
    const open = plugin('open', 'Mutex', /^Global\\/);
    const engine = createEngine({ config: [asn.plugin, tag.plugin, open.plugin].map((p) => p.configs.recommended) });
    expect(engine.infer('ASN12')).toEqual({ status: 'inferred', type: 'ASN', confidence: 0.9 });
    expect(engine.infer('#tag')).toEqual({ status: 'inferred', type: 'Hashtag', confidence: 0.9 });
    expect(engine.infer('Global\\x')).toEqual({ status: 'inferred', type: 'Mutex', confidence: 0.9 });
    expect([asn.asked, tag.asked, open.asked]).toEqual([['ASN12'], ['#tag'], ['ASN12', '#tag', 'Global\\x']]);
  });

  it('gives the answer the plugins would give without the filter, when their filters are right', () => {
    const filtered = [
      plugin('asn', 'ASN', /^ASN\d+$/, shapeFilter({ all: SHAPE.DIGIT, only: SHAPE.DIGIT | SHAPE.LETTER | SHAPE.UPPERCASE })).plugin,
      plugin('cidr', 'CIDR', /^[\d.]+\/\d+$/, shapeFilter({ all: SHAPE.SLASH | SHAPE.DIGIT, none: SHAPE.LETTER })).plugin,
    ];
    const unfiltered = filtered.map(({ mayDetect: _ignored, ...rest }) => rest as Plugin);
    const value = fc.string({ unit: fc.constantFrom('A', 'S', 'N', '1', '0', '.', '/', 'x', ' ') });
    fc.assert(
      fc.property(value, (v) => {
        expect(inferType(v, filtered)).toEqual(inferType(v, unfiltered));
      }),
      { numRuns: 500 },
    );
  });
});
