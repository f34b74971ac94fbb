import type { Engine, LintMessage, LintResult, Plugin, Subject } from '@tclint/core';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { ADVERSARIAL, LARGE_PLAIN, MB, subjectsWith } from './adversarial.js';
import { indicatorOf, subjectsFor } from './arbitraries.js';
import { ALL_TYPES, assertEngineContract, engineForAll, engineForRule, shown, troubles } from './engine-properties.js';
import { everyRule, loadOfficialPlugins, RULE_PACKAGES } from './official-plugins.js';

/*
 * The engine contract, proved for every rule of every official package at
 * once, so a package added later is covered without writing anything here:
 * add it to this package's devDependencies.
 */

const { plugins, failures } = await loadOfficialPlugins();
const rules = everyRule(plugins);

/** Generated subjects per rule (alone) and per indicator type or subject kind (every plugin together). */
const RUNS_PER_RULE = 400;
const RUNS_TOGETHER = 1500;
/** A check of a 1 MB value must finish within this much CPU time (best of 3 runs, so a loaded machine does not fail it). */
const CHECK_BUDGET_MS = 100;
/** A fix of a 1 MB value re-checks after each pass; it gets a budget of a few checks. */
const FIX_BUDGET_MS = 1000;

const figures = { propertyCases: 0, largeCases: 0, timedChecks: 0, slowestCheck: { ms: 0, what: '' }, slowestFix: { ms: 0, what: '' } };

afterAll(() => {
  console.log(
    `[reliability] every-rule: ${rules.length} rules of ${plugins.length} packages; ${figures.propertyCases} generated subjects, ` +
      `${figures.largeCases} 1 MB subjects; ${figures.timedChecks} timed checks; slowest 1 MB check ${figures.slowestCheck.ms.toFixed(1)} ms (${figures.slowestCheck.what}); ` +
      `slowest 1 MB fix ${figures.slowestFix.ms.toFixed(1)} ms (${figures.slowestFix.what})`,
  );
});

function typesOf(types: readonly string[] | undefined): readonly string[] {
  return types ?? ALL_TYPES;
}

/**
 * The best of up to 3 timed checks of each subject. The attempts are
 * interleaved (every subject once, then again), so a rule that caches its
 * last value cannot answer a repeat from its cache. A subject is not repeated
 * once it is clearly fast, or so slow that no load explains it.
 */
interface Timed {
  ms: number;
  /** Internal errors and engine messages of the check. */
  troubles: LintMessage[];
  fixable: boolean;
}

/**
 * CPU time (user + system) of a run, in ms: the code's own cost, without the
 * time the process waited for a core while other test files ran beside it.
 */
function cpuMs(run: () => void): number {
  const before = process.cpuUsage();
  run();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000;
}

function bestOf3(engine: Engine, subjects: readonly (() => Subject)[]): Timed[] {
  const best: Timed[] = subjects.map(() => ({ ms: Infinity, troubles: [], fixable: false }));
  for (let attempt = 0; attempt < 3; attempt++) {
    subjects.forEach((make, i) => {
      const entry = best[i]!;
      if (entry.ms < CHECK_BUDGET_MS / 10 || (entry.ms > CHECK_BUDGET_MS * 5 && entry.ms !== Infinity)) return;
      // built afresh each time: only one 1 MB subject is alive at once
      const subject = make();
      let result!: LintResult;
      const ms = cpuMs(() => (result = engine.check(subject)));
      // keep no reference to the subject: results of 1 MB subjects would pile up
      if (ms < entry.ms) best[i] = { ms, troubles: troubles(result), fixable: result.messages.some((m) => m.fix) };
    });
  }
  return best;
}

describe('the official rule packages', () => {
  it('every package loads and exports a plugin with rules', () => {
    expect(RULE_PACKAGES.length).toBeGreaterThanOrEqual(18);
    expect(failures).toEqual([]);
    expect(rules.length).toBeGreaterThan(50);
  });

  it('@tclint/node preloads every one of them', async () => {
    const { OFFICIAL_PLUGINS } = (await import('@tclint/node')) as { OFFICIAL_PLUGINS: readonly Plugin[] };
    const preloaded = new Set(OFFICIAL_PLUGINS.map((p) => p.meta.name));
    expect(plugins.map((p) => p.meta.name).filter((name) => !preloaded.has(name))).toEqual([]);
  });
});

describe.each(rules.map((entry) => ({ ...entry, kind: entry.rule.meta.subject as string, types: typesOf(entry.rule.meta.types) })))('$ruleId', (entry) => {
  const engine = engineForRule(entry);

  it('arbitrary strings in every field never throw, fix idempotently and leave nothing fixable', () => {
    fc.assert(
      fc.property(subjectsFor(entry.kind, entry.types), (subject) => {
        figures.propertyCases++;
        assertEngineContract(engine, subject);
      }),
      { numRuns: RUNS_PER_RULE },
    );
  });

  it(`checks 1 MB adversarial values in under ${CHECK_BUDGET_MS} ms and survives fixing them`, () => {
    const slow: string[] = [];
    const cases = Object.entries({ ...ADVERSARIAL, ...LARGE_PLAIN }).flatMap(([name, value]) => {
      expect(value.length).toBe(MB);
      return subjectsWith(entry.kind, entry.types, value).map((subject, i) => ({
        name,
        make: () => subjectsWith(entry.kind, entry.types, value)[i]!,
        what: `${entry.ruleId}, ${name}${subject.kind === 'indicator' ? ` as ${subject.type}` : ''} (${i})`,
      }));
    });
    const timed = bestOf3(engine, cases.map((c) => c.make));
    cases.forEach(({ name, make, what }, i) => {
      const { ms, troubles: checkTroubles, fixable } = timed[i]!;
      figures.largeCases++;
      figures.timedChecks++;
      if (ms > figures.slowestCheck.ms) figures.slowestCheck = { ms, what };
      if (name in ADVERSARIAL && ms > CHECK_BUDGET_MS) slow.push(`${what}: check ${ms.toFixed(1)} ms`);
      expect(checkTroubles, `check ${what}`).toEqual([]);

      // fixing a subject with nothing fixable is checking it once more
      if (!fixable) return;
      const subject = make();
      let fixed!: LintResult;
      const fixMs = cpuMs(() => (fixed = engine.fix(subject)));
      if (fixMs > figures.slowestFix.ms) figures.slowestFix = { ms: fixMs, what };
      if (fixMs > FIX_BUDGET_MS) slow.push(`${what}: fix ${fixMs.toFixed(1)} ms`);
      expect(troubles(fixed), `fix ${what}`).toEqual([]);
      expect(fixed.messages.filter((m) => m.fix), `fixable left after fixing ${what}`).toEqual([]);
      if (fixed.output) expect(engine.fix(fixed.output).changes, `fixing ${what} twice`).toEqual([]);
    });
    expect(slow).toEqual([]);
  });
});

describe('every package together (recommended configs, as the CLI runs them)', () => {
  const engine = engineForAll(plugins);
  const kinds: { name: string; arbitrary: fc.Arbitrary<Subject> }[] = [
    ...ALL_TYPES.map((type) => ({ name: `${type} indicators`, arbitrary: indicatorOf(type) })),
    ...['exchange', 'message', 'app'].map((kind) => ({ name: `${kind} subjects`, arbitrary: subjectsFor(kind, []) })),
  ];

  it.each(kinds)('$name: never throw, no fix cycles, idempotent, nothing fixable left', ({ arbitrary }) => {
    fc.assert(
      fc.property(arbitrary, (subject) => {
        figures.propertyCases++;
        assertEngineContract(engine, subject);
      }),
      { numRuns: RUNS_TOGETHER },
    );
  });

  it('1 MB values of every shape in every indicator type', () => {
    const slow: string[] = [];
    for (const [name, value] of Object.entries({ ...ADVERSARIAL, ...LARGE_PLAIN })) {
      for (const subject of subjectsWith('indicator', ALL_TYPES, value)) {
        figures.largeCases++;
        let fixed!: LintResult;
        const ms = cpuMs(() => (fixed = engine.fix(subject)));
        if (ms > FIX_BUDGET_MS) slow.push(`${name} as ${(subject as { type: string }).type}: fix ${ms.toFixed(1)} ms`);
        expect(troubles(fixed), `${name}: ${shown(subject)}`).toEqual([]);
      }
    }
    expect(slow).toEqual([]);
  });
});
