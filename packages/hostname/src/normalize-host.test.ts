import { describe, expect, it } from 'vitest';
import { describeHostProblem, normalizeHost, toAsciiHost, type HostProblem, type HostProblemCode } from './index.js';

const codes = (value: string) => normalizeHost(value).problems.map((p) => p.code);

describe('normalizeHost', () => {
  it('leaves the seed CORRECT example alone', () => {
    expect(normalizeHost('xn--sterreich-z7a.icom.museum')).toEqual({ ascii: 'xn--sterreich-z7a.icom.museum', problems: [] });
  });

  it('converts the seed INCORRECT example to the CORRECT one', () => {
    expect(normalizeHost('österreich.icom.museum')).toEqual({
      ascii: 'xn--sterreich-z7a.icom.museum',
      problems: [{ code: 'non-ascii', fixed: 'xn--sterreich-z7a.icom.museum' }],
    });
  });

  it('uses non-transitional processing: faß.de keeps its ß', () => {
    expect(toAsciiHost('faß.de')).toBe('xn--fa-hia.de');
    expect(toAsciiHost('faß.de')).not.toBe('fass.de');
  });

  it('gives the whole ThreatConnect form in ascii, and each problem its own repair', () => {
    const result = normalizeHost(' ÖSTERREICH.icom.museum. ');
    expect(result.ascii).toBe('xn--sterreich-z7a.icom.museum');
    expect(result.problems).toEqual([
      { code: 'whitespace', fixed: 'ÖSTERREICH.icom.museum.' },
      { code: 'trailing-dot', fixed: ' ÖSTERREICH.icom.museum ', char: '.' },
      { code: 'non-ascii', fixed: ' xn--sterreich-z7a.icom.museum. ' },
    ]);
  });

  it('gives the README example', () => {
    expect(normalizeHost('ÖSTERREICH.icom.museum.')).toEqual({
      ascii: 'xn--sterreich-z7a.icom.museum',
      problems: [
        { code: 'trailing-dot', fixed: 'ÖSTERREICH.icom.museum', char: '.' },
        { code: 'non-ascii', fixed: 'xn--sterreich-z7a.icom.museum.' },
      ],
    });
    expect(describeHostProblem(normalizeHost('a..b').problems[0]!)).toBe('has an empty label');
  });

  it('lower-cases ASCII names without converting anything else', () => {
    expect(normalizeHost('EXAMPLE.com')).toEqual({ ascii: 'example.com', problems: [{ code: 'uppercase', fixed: 'example.com' }] });
  });

  it('keeps ascii for DNS-only findings, drops it when no host name is left', () => {
    expect(toAsciiHost('_dmarc.Example.com')).toBe('_dmarc.example.com');
    expect(codes('_dmarc.Example.com')).toEqual(['uppercase', 'underscore']);
    expect(toAsciiHost('ab--c.com')).toBe('ab--c.com');
    expect(toAsciiHost('a..b')).toBeUndefined();
    expect(toAsciiHost('10.0.0.1')).toBeUndefined();
    expect(toAsciiHost('-ö.com')).toBeUndefined();
    expect(toAsciiHost('')).toBeUndefined();
  });

  it('removes one root dot, never two', () => {
    expect(toAsciiHost('example.com.')).toBe('example.com');
    expect(toAsciiHost('example.com。')).toBe('example.com');
    expect(codes('example.com..')).toEqual(['empty-label']);
  });

  it('reports an IP address and nothing else about it', () => {
    expect(normalizeHost('10.0.0.1')).toEqual({ problems: [{ code: 'ip-address', ipVersion: 4 }] });
    expect(codes(' [2001:DB8::1] ')).toEqual(['whitespace', 'ip-address']);
    expect(codes('１０.０.０.１。')).toEqual(['ip-address']);
  });

  it('lists each kind of label problem once, naming the first label and counting the rest', () => {
    const [problem] = normalizeHost('-a.-b.-c.com').problems;
    expect(problem).toEqual({ code: 'hyphen-edge', label: '-a', count: 3 });
  });

  it('checks the Punycode form of a converted name', () => {
    expect(codes(`${'ö'.repeat(60)}.com`)).toEqual(['non-ascii', 'label-too-long']);
  });

  it('freezes what it returns', () => {
    const first = normalizeHost('österreich.icom.museum');
    expect(Object.isFrozen(first)).toBe(true);
    expect(Object.isFrozen(first.problems[0])).toBe(true);
  });
});

describe('typographic dashes (real report lines)', () => {
  it.each([
    ['xn–metaspport-v43e.com', 'xn--metaspport-v43e.com', '–'],
    ['neurotonix–buy.us', 'neurotonix-buy.us', '–'],
    ['us‐nation‐ny.cf', 'us-nation-ny.cf', '‐'],
    ['a.XN—p1ai', 'a.XN--p1ai', '—'],
    [' bad―name.com ', ' bad-name.com ', '―'],
  ])('%j is read with ASCII hyphens, never turned into Punycode', (value, reading, char) => {
    const result = normalizeHost(value);
    expect(result.problems).toEqual([...(value.trim() !== value ? [{ code: 'whitespace', fixed: value.trim() }] : []), { code: 'typographic-dash', char, fixed: reading }]);
    expect(result.ascii).toBe(toAsciiHost(reading.trim()));
    expect(result.ascii ?? '').not.toMatch(/^xn--xn/);
  });
});

describe('describeHostProblem', () => {
  const cases: [string, HostProblemCode, string][] = [
    [' a.com', 'whitespace', 'has whitespace around it'],
    ['', 'empty', 'is empty'],
    ['10.0.0.1', 'ip-address', 'is an IPv4 address'],
    ['a.com.', 'trailing-dot', 'ends with a root dot'],
    ['A.com', 'uppercase', 'has upper-case letters'],
    ['a–b.com', 'typographic-dash', 'has the typographic dash "–" (U+2013) where a hyphen belongs'],
    ['ö.com', 'non-ascii', 'is not ASCII and must be written in Punycode'],
    ['-ö.com', 'no-punycode', 'is not ASCII and has no Punycode form: label "-ö" starts or ends with a hyphen'],
    ['a%b.com', 'invalid-character', 'contains "%", which is not allowed in a host name'],
    ['a[.]com', 'invalid-character', 'contains "[", which is not allowed in a host name; it looks defanged: write "." for "[.]"'],
    ['_a._b.com', 'underscore', 'has an underscore in label "_a" (2 labels)'],
    ['a..com', 'empty-label', 'has an empty label'],
    [`${'a'.repeat(64)}.com`, 'label-too-long', `has label "${'a'.repeat(64).slice(0, 64)}" of 64 octets, more than 63`],
    [`${'a.'.repeat(127)}com`, 'name-too-long', 'is 257 characters long, more than 253'],
    ['a-.com', 'hyphen-edge', 'has label "a-" starting or ending with a hyphen'],
    ['ab--c.com', 'reserved-hyphens', 'has label "ab--c" with hyphens in the 3rd and 4th positions, which only "xn--" labels may have'],
    ['a.123', 'numeric-tld', 'ends in the all-digit label "123"; no top-level domain is numeric'],
    ['xn--zz.com', 'invalid-idn', 'is not a valid internationalized name: label "xn--zz" is not valid Punycode'],
  ];
  it.each(cases)('describes %j (%s)', (value, code, phrase) => {
    const problem = normalizeHost(value).problems.find((p) => p.code === code) as HostProblem;
    expect(problem).toBeDefined();
    expect(describeHostProblem(problem)).toBe(phrase);
  });
});
