import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { cliMissing, runCli } from './cli.js';
import { reportLines, type ReportLine } from './report-lines.js';
import { tempDir } from './temp-dir.js';

interface JsonRecord {
  line: number;
  type: string | null;
  messages: { ruleId: string }[];
}

type Outcome = 'right' | 'wrong, with a message' | 'wrong, silently';

/** How the command typed one line: right, or wrong (and whether a message says so). */
function outcome(line: ReportLine, record: JsonRecord | undefined): Outcome {
  if (line.expected === 'comment') return record === undefined ? 'right' : record.messages.length > 0 ? 'wrong, with a message' : 'wrong, silently';
  if (record === undefined) return 'wrong, silently';
  if (record.type === line.expected) return 'right';
  return record.messages.length > 0 ? 'wrong, with a message' : 'wrong, silently';
}

describe.skipIf(cliMissing() !== undefined)('types of untyped report lines (issue 16)', () => {
  it('types at least 99.5% of 5,000 realistic report lines right, and never a wrong type without a message', async () => {
    const lines = reportLines(5_000);
    const { dir, remove } = tempDir('report-lines');
    onTestFinished(remove);
    writeFileSync(join(dir, 'report.txt'), lines.map((l) => l.text).join('\n') + '\n');
    const run = await runCli(['check', '--format', 'json', 'report.txt'], { cwd: dir });
    expect(run.err).toBe('');
    const byLine = new Map((JSON.parse(run.out) as JsonRecord[]).map((r) => [r.line, r]));
    const wrong = lines
      .map((line, i) => ({ line, record: byLine.get(i + 1), outcome: outcome(line, byLine.get(i + 1)) }))
      .filter((r) => r.outcome !== 'right')
      .map((r) => `${r.outcome}: ${r.line.kind} ${JSON.stringify(r.line.text)} expected ${r.line.expected}, got ${r.record ? (r.record.type ?? 'no type') : 'no record'} ${r.record?.messages.map((m) => m.ruleId).join(',') ?? ''}`);
    const accuracy = 1 - wrong.length / lines.length;
    console.log(`${lines.length} report lines: ${lines.length - wrong.length} typed right (${(accuracy * 100).toFixed(2)}%)${wrong.length ? `; wrong:\n${wrong.join('\n')}` : ''}`);
    expect(lines.length).toBeGreaterThanOrEqual(5_000);
    expect(wrong.filter((w) => w.startsWith('wrong, silently')), 'wrong types with no message').toEqual([]);
    expect(accuracy, `${wrong.length} of ${lines.length} lines typed wrong:\n${wrong.slice(0, 40).join('\n')}`).toBeGreaterThanOrEqual(0.995);
  });
});
