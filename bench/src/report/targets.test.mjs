import { describe, expect, it } from 'vitest';
import { commandSet } from '../measure/commands.mjs';
import { loadNote } from './startup.mjs';
import { evaluateTargets } from './targets.mjs';

/** A measured group: `rows` maps command ids to median ms (plus optional fields). */
function group(kind, records, rows) {
  const floorMs = rows.floor;
  return {
    kind, records, size: records >= 1e6 ? `${records / 1e6}M` : `${records / 1e3}k`,
    rows: Object.entries(rows).map(([id, spec]) => {
      const { ms, ...more } = typeof spec === 'number' ? { ms: spec } : spec;
      return { command: { id, tclint: id.startsWith('tclint'), jobs: id.endsWith('-jobs') ? 2 : undefined, ...more.command }, medianMs: ms, ratio: ms / floorMs, recordsPerSec: records / (ms / 1000), check: more.check, peakRssKb: more.peakRssKb };
    }),
  };
}

const byTarget = (targets, text) => targets.find((t) => t.target.includes(text));

describe('evaluateTargets (issue 18)', () => {
  const quick = [
    group('cidr6', 1e6, { floor: 500, python: 30_000, ipaddr: 1500, 'tclint-cidr': 1000, 'tclint-cidr-jobs': 1100 }),
    group('mixed', 1e6, { floor: 600, 'tclint-mixed': 1700, 'tclint-mixed-jobs': 900 }),
    group('clean95', 1e6, { floor: 600, 'tclint-clean95': 1300 }),
  ];
  const startup = { runs: 15, wallRatio: 1.4, cpuRatio: 1.6, commands: [] };

  it('takes each target as a ratio of the medians of one run', () => {
    const targets = evaluateTargets(quick, { startup });
    expect(byTarget(targets, 'cidr`, 1M')).toMatchObject({ measured: '2.00×', status: 'met' });
    expect(byTarget(targets, 'Python')).toMatchObject({ measured: '30.00×', status: 'met' });
    expect(byTarget(targets, 'ipaddr')).toMatchObject({ measured: '1.50×', status: 'met' });
    expect(byTarget(targets, 'records/s')).toMatchObject({ measured: '588k/s', status: 'met' });
    expect(byTarget(targets, '≤ 3×')).toMatchObject({ measured: '2.83×', status: 'met' });
    expect(byTarget(targets, '95%')).toMatchObject({ measured: '2.17×', status: 'not met' });
    expect(byTarget(targets, 'mixed feed: ≥ 1.7×')).toMatchObject({ measured: '1.89×', status: 'met' });
    expect(byTarget(targets, 'never slower')).toMatchObject({ measured: '0.91×', status: 'not met' });
    expect(byTarget(targets, 'Start-up')).toMatchObject({ status: 'met' });
    expect(byTarget(targets, 'Start-up').measured).toMatch(/^1\.40× wall \(CPU 1\.60×/);
    expect(byTarget(targets, 'Peak RSS')).toMatchObject({ measured: 'not measured', status: 'not measured' });
  });

  it('says "not measured" for rows that did not run, and names the size when 1M was not run', () => {
    const small = [group('cidr6', 1e4, { floor: 50, 'tclint-cidr': 100 })];
    const targets = evaluateTargets(small);
    expect(byTarget(targets, 'cidr`, 1M')).toMatchObject({ measured: '2.00× (at 10k, not 1M)', status: 'met' });
    expect(byTarget(targets, 'Python').status).toBe('not measured');
    expect(byTarget(targets, 'records/s').status).toBe('not measured');
    expect(byTarget(targets, 'Start-up').status).toBe('not measured');
  });

  it('does not count a fast run whose output was wrong', () => {
    const wrong = [group('mixed', 1e6, { floor: 600, 'tclint-mixed': 1700, 'tclint-mixed-jobs': { ms: 800, check: { against: 'tclint-mixed', differing: 3 } } })];
    const target = byTarget(evaluateTargets(wrong), 'mixed feed: ≥ 1.7×');
    expect(target.status).toBe('not met');
    expect(target.measured).toContain('differs from tclint-mixed on 3 lines');
  });

  it('says when the --jobs rows ran with another count than 2', () => {
    const four = [group('mixed', 1e6, { floor: 600, 'tclint-mixed': 1700, 'tclint-mixed-jobs': { ms: 800, command: { jobs: 4 } } })];
    expect(byTarget(evaluateTargets(four), 'mixed feed: ≥ 1.7×').measured).toBe('2.13× (--jobs 4, not 2)');
  });

  it('takes the highest peak RSS of every tclint row at 10M', () => {
    const big = [
      group('cidr6', 1e7, { floor: { ms: 5000, peakRssKb: 60_000 }, 'tclint-cidr': { ms: 9000, peakRssKb: 120 * 1024 } }),
      group('mixed', 1e7, { floor: 6000, 'tclint-mixed-jobs': { ms: 9000, peakRssKb: 160 * 1024 } }),
    ];
    expect(byTarget(evaluateTargets(big), 'Peak RSS')).toMatchObject({ measured: '160 MB (highest: tclint-mixed-jobs on mixed)', status: 'not met' });
  });
});

describe('commandSet', () => {
  const cli = '/path/to/tclint.js';
  const args = (command) => command.run('FILE')[1].slice(1);

  it('runs the single-thread rows with --jobs 1 when the CLI takes --jobs, so --jobs 2 is compared with one thread', () => {
    const commands = commandSet({ cli, jobs: 2, python: false });
    const byId = Object.fromEntries(commands.map((c) => [c.id, c]));
    expect(args(byId['tclint-cidr'])).toEqual(['fix', '--type', 'cidr', '--jobs', '1', 'FILE']);
    expect(args(byId['tclint-mixed'])).toEqual(['fix', '--jobs', '1', 'FILE']);
    expect(args(byId['tclint-clean95'])).toEqual(['fix', '--jobs', '1', 'FILE']);
    expect(args(byId['tclint-mixed-jobs'])).toEqual(['fix', '--jobs', '2', 'FILE']);
    expect(byId['tclint-clean95'].corpus).toEqual(['clean95']);
    expect(byId.floor.corpus).toContain('clean95');
  });

  it('leaves --jobs out for a CLI without it', () => {
    const commands = commandSet({ cli, python: false, cliHasJobs: false });
    expect(commands.some((c) => c.id.endsWith('-jobs'))).toBe(false);
    expect(args(commands.find((c) => c.id === 'tclint-mixed'))).toEqual(['fix', 'FILE']);
  });
});

describe('loadNote', () => {
  it('calls the machine busy when the 1-minute load exceeds the cores', () => {
    expect(loadNote({ cores: 2, loadStart: '0.40 0.30 0.20', loadEnd: '1.30 0.80 0.40' })).toContain('quiet enough');
    expect(loadNote({ cores: 2, loadStart: '0.40 0.30 0.20', loadEnd: '3.10 0.80 0.40' })).toContain('the machine was busy');
  });
});
