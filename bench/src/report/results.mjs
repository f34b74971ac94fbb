import { count, megabytes, rate, seconds, times } from './format.mjs';

const HEADER = ['command', 'median s', 'min–max s', '× I/O floor', 'CPU × floor', 'records/s', 'peak RSS MB', 'output'];

/** The table rows of one corpus and size. */
export function groupRows(group) {
  const rows = [HEADER];
  for (const row of group.rows) {
    const { command } = row;
    if (row.runs.length === 0) {
      rows.push([command.label, '—', '—', '—', '—', '—', '—', `failed: ${row.failed ?? 'not run'}`]);
      continue;
    }
    rows.push([
      command.label,
      seconds(row.medianMs),
      `${seconds(row.minMs)}–${seconds(row.maxMs)}`,
      command.floor ? '1.00× (ref)' : times(row.ratio),
      command.floor ? '1.00× (ref)' : times(row.cpuRatio),
      rate(row.recordsPerSec),
      megabytes(row.peakRssKb),
      outputNote(row),
    ]);
  }
  return rows;
}

function outputNote(row) {
  const check = row.check;
  if (!check) return '';
  const notes = [];
  if (check.linesA !== check.records) notes.push(`${count(check.linesA)} lines written for ${count(check.records)} records`);
  if (check.against === 'input') {
    if (row.command.floor) notes.push(check.differing === 0 ? 'same as input' : `${count(check.differing)} lines differ from input`);
    else notes.push(`${count(check.differing)} lines changed`);
  } else {
    const name = check.against === 'python' ? 'the Python snippet' : 'single-threaded tclint';
    notes.push(check.differing === 0 ? `same as ${name}` : `${count(check.differing)} lines differ from ${name} (line ${check.first.line}: ${JSON.stringify(check.first.a)} vs ${JSON.stringify(check.first.b)})`);
  }
  if (row.problems) notes.push(`${count(row.problems.problems)} problems reported`);
  return notes.join('; ');
}

const KIND_TITLES = { cidr6: 'IPv6 CIDR blocks', mixed: 'Mixed feed', clean95: 'Mixed feed, 95% already clean' };

export function groupTitle(group) {
  return `${KIND_TITLES[group.kind] ?? group.kind}, ${group.size} records (${(group.meta.bytes / 1048576).toFixed(1)} MiB, sha256 ${group.meta.sha256.slice(0, 12)}…), load ${group.loadBefore} → ${group.loadAfter}`;
}
