import { STARTUP_TARGET } from '../measure/startup.mjs';
import { count, megabytes, rate, times } from './format.mjs';

const M = 1e6;
const TEN_M = 1e7;

/**
 * The targets of issue 18, each a ratio of medians from the same run of
 * `pnpm bench` (which supersedes issue 8's). A target whose size was not run
 * is shown on the largest size that was, marked as such; one whose rows were
 * not run (or failed) is "not measured". A ratio whose output was wrong (a
 * `--jobs` run that differs from one thread, tclint that differs from the
 * Python snippet) is "not met" whatever its speed.
 * `startup` is what measure/startup.mjs returned (undefined when not run).
 */
export function evaluateTargets(groups, { startup } = {}) {
  const find = (kind, records) => groups.find((g) => g.kind === kind && g.records === records);
  const largest = (kind, atMost = Infinity) => groups.filter((g) => g.kind === kind && g.records <= atMost).sort((a, b) => b.records - a.records)[0];
  const at = (kind, records) => find(kind, records) ?? largest(kind, records) ?? largest(kind);
  const row = (group, id) => group?.rows.find((r) => r.command.id === id && r.medianMs !== undefined);
  const where = (group, records) => (group && group.records !== records ? ` (at ${group.size}, not ${sizeName(records)})` : '');
  const out = [];
  const add = (target, measured, met, { group, records = M, rows = [] } = {}) => {
    if (measured === undefined) {
      out.push({ target, measured: 'not measured', status: 'not measured' });
      return;
    }
    const wrong = rows.filter((r) => outputWrong(r));
    const note = wrong.map((r) => `; output of ${r.command.id} differs from ${r.check.against} on ${count(r.check.differing)} lines`).join('');
    out.push({ target, measured: `${measured}${where(group, records)}${note}`, status: met && wrong.length === 0 ? 'met' : 'not met' });
  };

  const cidr = at('cidr6', M);
  const tc = row(cidr, 'tclint-cidr');
  add('`tclint fix --type cidr`, 1M IPv6 blocks: wall time ≤ 2.5× the I/O floor', tc && times(tc.ratio), tc?.ratio <= 2.5, { group: cidr, rows: [tc] });
  const py = row(cidr, 'python');
  add('… at least 25× faster than the seed\'s Python snippet', tc && py && times(py.medianMs / tc.medianMs), tc && py && py.medianMs / tc.medianMs >= 25, { group: cidr, rows: [tc] });
  const ip = row(cidr, 'ipaddr');
  add('… faster than the plain ipaddr.js loop', tc && ip && times(ip.medianMs / tc.medianMs), tc && ip && tc.medianMs < ip.medianMs, { group: cidr, rows: [tc] });

  const mixed = at('mixed', M);
  const tm = row(mixed, 'tclint-mixed');
  add('`tclint fix` (types inferred), 1M mixed feed: ≥ 500,000 records/s', tm && rate(tm.recordsPerSec), tm?.recordsPerSec >= 5e5, { group: mixed, rows: [tm] });
  add('… wall time ≤ 3× the I/O floor', tm && times(tm.ratio), tm?.ratio <= 3, { group: mixed, rows: [tm] });
  const clean = at('clean95', M);
  const tclean = row(clean, 'tclint-clean95');
  add('`tclint fix`, 1M records 95% already clean: wall time ≤ 2× the I/O floor', tclean && times(tclean.ratio), tclean?.ratio <= 2, { group: clean, rows: [tclean] });

  for (const [group, serialId, target, floor] of [
    [mixed, 'tclint-mixed', 'on the 1M mixed feed: ≥ 1.7× faster', 1.7],
    [cidr, 'tclint-cidr', 'on 1M IPv6 blocks: never slower (≥ 1.0×)', 1],
  ]) {
    const serial = row(group, serialId);
    const parallel = row(group, `${serialId}-jobs`);
    const speedup = serial && parallel && serial.medianMs / parallel.medianMs;
    const jobsNote = parallel && parallel.command.jobs !== 2 ? ` (--jobs ${parallel.command.jobs}, not 2)` : '';
    add(`\`--jobs 2\` vs \`--jobs 1\` ${target}`, speedup && `${times(speedup)}${jobsNote}`, speedup >= floor, { group, rows: [parallel] });
  }

  add(`Start-up of \`tclint check --type asn\` on one line: ≤ ${STARTUP_TARGET}× \`node -e 0\``,
    startup && `${times(startup.wallRatio)} wall (CPU ${times(startup.cpuRatio)}; ${startup.runs} runs each)`, startup?.wallRatio <= STARTUP_TARGET);

  const peaks = groups.filter((g) => g.records === TEN_M).flatMap((g) => g.rows.filter((r) => r.command.tclint && r.peakRssKb !== undefined).map((r) => ({ kind: g.kind, row: r })));
  const highest = peaks.sort((a, b) => b.row.peakRssKb - a.row.peakRssKb)[0];
  add('Peak RSS < 150 MB at 10M records (every tclint row)', highest && `${megabytes(highest.row.peakRssKb)} MB (highest: ${highest.row.command.id} on ${highest.kind})`, highest?.row.peakRssKb < 150 * 1024);
  return out;
}

function outputWrong(row) {
  return row?.check !== undefined && row.check.against !== 'input' && row.check.differing > 0;
}

function sizeName(records) {
  return records >= M ? `${records / M}M` : `${count(records / 1e3)}k`;
}
