import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createLinter } from '@tclint/preset';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ProblemRow, Reply } from '../protocol.js';
import { EXAMPLES_DIR, rowsOf, tclint, type CliRecord } from '../testing/cli.js';
import { mixedCorpus } from '../testing/corpus.js';
import { runCheck } from './check-job.js';
import { runDiagnose } from './diagnose-job.js';
import { loadIdn } from './idn.js';

// The worker's jobs in Node, against the command: the same results wherever they run (the browser test repeats this in Chromium).
const linter = createLinter();
beforeAll(loadIdn);

async function check(bytes: Uint8Array, name?: string) {
  const replies: Reply[] = [];
  const tables = await runCheck(linter, { id: 1, bytes, format: 'auto', ...(name !== undefined && { name }) }, (reply) => replies.push(reply));
  const done = replies.find((r) => r.kind === 'checked');
  if (done?.kind !== 'checked' || !tables) throw new Error(`no result: ${JSON.stringify(replies.at(-1))}`);
  const rows = (list: ProblemRow[]) => list.map((p) => [p.at, p.type ?? '-', p.severity, p.ruleId, p.message]);
  expect(done.rows).toEqual({ problems: tables.problems.length, remaining: tables.remaining.length });
  return { problems: rows(tables.problems), remaining: rows(tables.remaining), output: Buffer.from(done.output), done };
}

describe('the check job', () => {
  for (const example of ['seed-indicators.csv', 'seed-indicators.txt']) {
    it(`gives what tclint check and tclint fix give on ${example}`, async () => {
      const path = join(EXAMPLES_DIR, example);
      const [checked, fixed, job] = await Promise.all([tclint(['check', '--no-config', '--format', 'json', path]), tclint(['fix', '--no-config', '--format', 'json', path]), check(readFileSync(path), example)]);
      expect(job.problems).toEqual(rowsOf(JSON.parse(checked.stdout.toString('utf8')) as CliRecord[]));
      expect(job.problems.length).toBeGreaterThan(10);
      expect(job.output.equals(fixed.stdout)).toBe(true);
      expect(job.remaining).toEqual(rowsOf(JSON.parse(fixed.stderr) as CliRecord[]));
    });
  }

  it('gives what the command gives on 1,000 lines of the mixed feed, read from standard input', async () => {
    const corpus = mixedCorpus(1000);
    const [checked, fixed, job] = await Promise.all([tclint(['check', '--no-config', '--format', 'json', '-'], { stdin: corpus }), tclint(['fix', '--no-config', '-'], { stdin: corpus }), check(new TextEncoder().encode(corpus))]);
    expect(job.problems).toEqual(rowsOf(JSON.parse(checked.stdout.toString('utf8')) as CliRecord[]));
    expect(job.output.equals(fixed.stdout)).toBe(true);
    expect(job.done.totals.records).toBe(1000);
    expect(job.done.changedLines.length).toBe(job.done.totals.fixedRecords);
  });

  it('sends HAR input to the diagnose view', async () => {
    const replies: Reply[] = [];
    await runCheck(linter, { id: 7, bytes: readFileSync(join(EXAMPLES_DIR, 'failed-requests.har')), name: 'failed-requests.har', format: 'auto' }, (r) => replies.push(r));
    expect(replies.at(-1)).toMatchObject({ kind: 'wrong-format', id: 7, format: 'har' });
  });
});

describe('the diagnose job', () => {
  it('gives what tclint diagnose --format json gives on the example HAR file', async () => {
    const path = join(EXAMPLES_DIR, 'failed-requests.har');
    const replies: Reply[] = [];
    const [cli] = await Promise.all([tclint(['diagnose', '--no-config', '--format', 'json', path]), runDiagnose(linter, { id: 2, bytes: readFileSync(path), name: 'failed-requests.har', format: 'auto' }, (r) => replies.push(r))]);
    const done = replies.at(-1);
    if (done?.kind !== 'diagnosed') throw new Error(JSON.stringify(done));
    const expected = (JSON.parse(cli.stdout.toString('utf8')) as { index: number; diagnoses: ({ fix: unknown } & Record<string, unknown>)[] }[]).map((r) => ({
      index: r.index,
      diagnoses: r.diagnoses.map(({ fix, ...d }) => ({ ...d, fix: fix === null ? [] : Array.isArray(fix) ? fix : [fix] })),
    }));
    expect(done.reports.map((r) => ({ index: r.index, diagnoses: r.diagnoses.map(({ docsUrl: _, ...d }) => d) }))).toEqual(expected);
    expect(expected.flatMap((r) => r.diagnoses).length).toBeGreaterThan(2);
  });

  it('diagnoses a pasted error message as the command diagnoses standard input', async () => {
    const text = 'Signature data did not match expected result\n';
    const replies: Reply[] = [];
    const [cli] = await Promise.all([tclint(['diagnose', '--no-config', '--format', 'json'], { stdin: text }), runDiagnose(linter, { id: 3, bytes: new TextEncoder().encode(text), format: 'auto' }, (r) => replies.push(r))]);
    const done = replies.at(-1);
    if (done?.kind !== 'diagnosed') throw new Error(JSON.stringify(done));
    const [report] = JSON.parse(cli.stdout.toString('utf8')) as { diagnoses: { message: string; classId: string }[] }[];
    expect(done.reports.map((r) => r.diagnoses.map((d) => [d.classId, d.message]))).toEqual([report!.diagnoses.map((d) => [d.classId, d.message])]);
  });
});
