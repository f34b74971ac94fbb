import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compileJavaRegex } from './compile.js';
import { CONSTRUCT_PATTERNS, RECORDED_PATTERNS, TRICKY_INPUTS } from './testing/corpus.js';
import { readmeExamples } from './testing/readme-examples.js';
import { ALPHABET, javaInput, javaPattern } from './testing/random-patterns.js';
import {
  disagreements,
  formatDisagreements,
  javaSkipReason,
  judgeWithJavaScript,
  startJavaOracle,
  type CompiledPatterns,
  type JavaCase,
  type JavaOracle,
} from './testing/index.js';
import { SET_OF } from './unicode/java-tables.js';
import { propertySet } from './unicode/tables.js';

// Every translation is checked against java.util.regex itself. Without a Java 17 the tests are
// reported as skipped, with the reason, never as passed.
const skipReason = javaSkipReason();
if (skipReason) console.warn(`SKIPPED: @tclint/java-regex differential tests against real Java: ${skipReason}`);

/** Patterns whose find() may end elsewhere than Java's (a repeated group matching empty before a longer alternative). */
const FIND_END_PREFERENCE = new Set(['(?:|a)*']);
/** Fixed seeds, printed so that a failure can be replayed. */
const SEEDS = { strings: 20_251_207, patterns: 4_242, inputs: 7_331 };

let oracle: JavaOracle;
const compiled: CompiledPatterns = new Map();

async function compare(cases: JavaCase[], findEnd: (c: JavaCase) => boolean = () => true) {
  const java = await oracle.judge(cases);
  const javascript = judgeWithJavaScript(cases, compiled);
  return { java, javascript, disagreements: disagreements(cases, java, javascript, { findEnd }) };
}

describe.skipIf(skipReason !== undefined)(`against real Java${skipReason ? ` (SKIPPED: ${skipReason})` : ''}`, () => {
  beforeAll(async () => {
    oracle = await startJavaOracle();
    console.log(`differential tests against ${oracle.javaVersion}`);
  });
  afterAll(async () => {
    await oracle?.close();
  });

  it('agrees on every construct and ThreatConnect pattern, over inputs that tell Java and JavaScript apart', async () => {
    const cases = [...CONSTRUCT_PATTERNS, ...RECORDED_PATTERNS].flatMap((pattern) => TRICKY_INPUTS.map((input) => ({ pattern, input })));
    const result = await compare(cases, (c) => !FIND_END_PREFERENCE.has(c.pattern));
    console.log(`constructs: ${cases.length} cases, ${result.disagreements.length} disagreements`);
    expect(result.disagreements, formatDisagreements(result.disagreements)).toEqual([]);
    // the documented difference is real, and only where find() ends
    const preferred = disagreements(cases, result.java, result.javascript).filter((d) => FIND_END_PREFERENCE.has(d.case.pattern));
    expect(preferred.length).toBeGreaterThan(0);
    expect(disagreements(cases, result.java, result.javascript, { findEnd: false })).toEqual([]);
  });

  it('refuses a pattern exactly when Java does, and says so for the constructs it does not translate', async () => {
    const cases = [...CONSTRUCT_PATTERNS, ...RECORDED_PATTERNS].map((pattern) => ({ pattern, input: '' }));
    const java = await oracle.judge(cases);
    const javascript = judgeWithJavaScript(cases, compiled);
    const refusedByJava = cases.filter((_, i) => java[i]!.kind === 'pattern-error').map((c) => c.pattern);
    const syntaxErrors = cases.filter((_, i) => javascript[i]!.kind === 'pattern-error').map((c) => c.pattern);
    const unsupported = cases.filter((_, i) => javascript[i]!.kind === 'unsupported').map((c) => c.pattern);
    // every syntax error is Java's; a Java error is a syntax error here, or an unsupported name (scripts and blocks are not known here)
    expect(syntaxErrors.filter((p) => !refusedByJava.includes(p))).toEqual([]);
    expect(refusedByJava.filter((p) => !syntaxErrors.includes(p))).toEqual(['\\p{IsEmoji}', '\\p{IsNope}']);
    expect(unsupported.filter((p) => !refusedByJava.includes(p))).toEqual([
      '\\b{g}',
      '(?<=.{0,2})x',
      '(?<=(?>a))b',
      '\\1(a)',
      '(a)?\\1',
      '(?i)(a)\\1',
      '(a\\1)',
      '(?:(a)|b)\\1',
      '\\N{LATIN SMALL LETTER A}',
      '\\X',
      '\\p{IsLatin}',
      '\\p{InGreek}',
      '\\p{sc=Latn}',
      '(?c)a',
    ]);
    // Java's error offsets, for the syntax errors both find
    const offsets = cases.flatMap((c, i) => {
      const j = java[i]!;
      const s = javascript[i]!;
      // Java points at -1 for a pattern that starts with a stray ')'
      return j.kind === 'pattern-error' && s.kind === 'pattern-error' && Math.max(j.index, 0) !== s.index ? [`${c.pattern}: Java ${j.index}, here ${s.index}`] : [];
    });
    expect(offsets).toEqual([]);
  });

  it(`agrees on random strings (any code unit, lone surrogates included; fast-check seed ${SEEDS.strings})`, async () => {
    const patterns = [...RECORDED_PATTERNS, ...CONSTRUCT_PATTERNS.filter((_, i) => i % 5 === 0)];
    const text = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 12 }),
      fc.array(fc.constantFrom(...ALPHABET), { maxLength: 12 }).map((chars) => chars.join('')),
      fc.string({ unit: fc.constantFrom('a', '.', '1', ':', '-', '@', '/', '\\', '#', '_', 'x', 'n', '\r', '\n'), maxLength: 24 }),
    );
    let checked = 0;
    await fc.assert(
      fc.asyncProperty(text, async (input) => {
        const cases = patterns.map((pattern) => ({ pattern, input }));
        checked += cases.length;
        const { disagreements: found } = await compare(cases, (c) => !FIND_END_PREFERENCE.has(c.pattern));
        if (found.length > 0) throw new Error(formatDisagreements(found));
      }),
      { seed: SEEDS.strings, numRuns: 400 },
    );
    console.log(`random strings: ${checked} cases (seed ${SEEDS.strings})`);
  });

  it(`agrees on random patterns built from the translated constructs (seeds ${SEEDS.patterns}, ${SEEDS.inputs})`, async () => {
    const patterns = fc.sample(javaPattern, { seed: SEEDS.patterns, numRuns: 800 });
    const inputs = fc.sample(javaInput, { seed: SEEDS.inputs, numRuns: 30 });
    const cases = patterns.flatMap((pattern) => inputs.map((input) => ({ pattern, input })));
    const java = await oracle.judge(cases);
    const javascript = judgeWithJavaScript(cases, compiled);
    const found = disagreements(cases, java, javascript, { findEnd: false });
    const compared = javascript.filter((j) => j.kind === 'verdict').length;
    console.log(`random patterns: ${cases.length} cases, ${compared} compared, ${found.length} disagreements`);
    expect(compared).toBeGreaterThan(cases.length / 2);
    expect(found, formatDisagreements(found)).toEqual([]);
  });

  it('reads every \\p{...} property as Java 17 does (each set checked at its range ends and every 4001st code point)', async () => {
    const queries = Object.keys(SET_OF).filter((q) => !q.includes('U:'));
    const cases: JavaCase[] = [];
    for (const query of queries) {
      const caseInsensitive = query.startsWith('i:');
      const name = caseInsensitive ? query.slice(2) : query;
      const pattern = `${caseInsensitive ? '(?i)' : ''}\\p{${name}}`;
      const points = new Set<number>();
      for (let cp = 0; cp <= 0x10ffff; cp += 4001) points.add(cp);
      let ranges = 0;
      for (const [start, end] of propertySet(query)!.pairs()) {
        if (ranges++ > 100) break;
        for (const cp of [start - 1, start, end, end + 1]) if (cp >= 0 && cp <= 0x10ffff) points.add(cp);
      }
      for (const cp of points) cases.push({ pattern, input: String.fromCodePoint(cp) });
    }
    const result = await compare(cases);
    console.log(`properties: ${queries.length} names, ${cases.length} cases`);
    expect(result.disagreements, formatDisagreements(result.disagreements)).toEqual([]);
  });

  it("checks the README's examples against Java", async () => {
    const examples = readmeExamples();
    const java = await oracle.judge(examples.map((e) => ({ pattern: e.pattern, input: e.input })));
    expect(java.map((j) => (j.kind === 'verdict' ? [j.matches, j.find !== undefined] : j.kind))).toEqual(examples.map((e) => [e.matches, e.find]));
  });

  it('compiles flags passed to compileJavaRegex as Pattern.compile does', async () => {
    const cases = ['a$', 'k', '.', '^b', 'a b', '\\w'].flatMap((pattern) =>
      [0x02, 0x08, 0x20, 0x01, 0x04, 0x0a, 0x10].flatMap((flags) => ['a', 'K', '\n', 'a\nb', 'ab', 'a\n', ' ', 'é'].map((input) => ({ pattern, input, flags }))),
    );
    const result = await compare(cases);
    expect(result.disagreements, formatDisagreements(result.disagreements)).toEqual([]);
    expect(() => compileJavaRegex('a', { flags: 0x80 })).toThrow(/CANON_EQ/);
  });
});
