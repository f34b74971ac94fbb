import { count, megabytes, rate, times } from './format.mjs';

/**
 * The targets of issue 8, evaluated on what was measured. A target whose
 * size was not run is shown on the largest size that was, marked as such.
 */
export function evaluateTargets(groups) {
  const find = (kind, records) => groups.find((g) => g.kind === kind && g.records === records);
  const largest = (kind, atMost = Infinity) => groups.filter((g) => g.kind === kind && g.records <= atMost).sort((a, b) => b.records - a.records)[0];
  const at = (kind, records) => find(kind, records) ?? largest(kind, records) ?? largest(kind);
  const row = (group, id) => group?.rows.find((r) => r.command.id === id && r.medianMs !== undefined);
  const where = (group, records) => (group ? (group.records === records ? '' : ` (at ${group.size}, not ${sizeName(records)})`) : '');
  const out = [];
  const add = (target, measured, met, group, records) => out.push({ target, measured: measured === undefined ? 'not measured' : `${measured}${where(group, records)}`, status: measured === undefined ? 'not measured' : met ? 'met' : 'not met' });

  const cidr = at('cidr6', 1e6);
  const tc = row(cidr, 'tclint-cidr');
  add('tclint fix --type cidr, 1M IPv6 blocks: wall time ≤ 2.5× the I/O floor', tc && times(tc.ratio), tc && tc.ratio <= 2.5, cidr, 1e6);
  const py = row(cidr, 'python');
  add('… at least 25× faster than the Python snippet', tc && py && times(py.medianMs / tc.medianMs), tc && py && py.medianMs / tc.medianMs >= 25, cidr, 1e6);
  const ip = row(cidr, 'ipaddr');
  add('… faster than the plain ipaddr.js loop', tc && ip && `${times(ip.medianMs / tc.medianMs)} faster`, tc && ip && tc.medianMs < ip.medianMs, cidr, 1e6);

  const mixed = at('mixed', 1e6);
  const tm = row(mixed, 'tclint-mixed');
  add('Mixed feed: ≥ 500,000 records/s end to end on one core', tm && rate(tm.recordsPerSec), tm && tm.recordsPerSec >= 5e5, mixed, 1e6);

  for (const [kind, id] of [['cidr6', 'tclint-cidr'], ['mixed', 'tclint-mixed']]) {
    const big = find(kind, 1e7);
    const r = row(big, id);
    add(`Peak RSS < 150 MB on 10M records (${id})`, r && `${megabytes(r.peakRssKb)} MB`, r && r.peakRssKb < 150 * 1024, big, 1e7);
    const small = row(find(kind, 1e6), id);
    add(`Linear time: 10M within 11× of 1M (${id})`, r && small && times(r.medianMs / small.medianMs), r && small && r.medianMs / small.medianMs <= 11, big, 1e7);
  }

  const jobsRow = row(mixed, 'tclint-mixed-jobs');
  add('--jobs N: ≥ 1.5× on 2 cores, 1M mixed feed', jobsRow && tm && times(tm.medianMs / jobsRow.medianMs), jobsRow && tm && tm.medianMs / jobsRow.medianMs >= 1.5, mixed, 1e6);
  return out;
}

function sizeName(records) {
  return records >= 1e6 ? `${records / 1e6}M` : `${count(records / 1e3)}k`;
}
