import { markdownTable, rate, textTable } from './format.mjs';

/** The in-process tables, as plain text or Markdown. */
export function formatInProcess(perType, layers, style = 'text') {
  const table = style === 'markdown' ? markdownTable : textTable;
  const typeRows = [['type', 'linter.fix / s', 'mean µs', 'p99 µs', '±%', 'samples']];
  for (const t of perType.tasks) typeRows.push([t.name, rate(t.opsPerSec), t.meanUs.toFixed(2), t.p99Us.toFixed(2), t.rme.toFixed(1), t.samples]);
  const layerRows = [['layer', 'ms', 'records/s', 'ns/record']];
  for (const l of layers.results) layerRows.push([l.name, l.ms.toFixed(0), rate(l.recordsPerSec), l.nsPerRecord.toFixed(0)]);
  const notes = [`linter: ${perType.via}`];
  if (perType.extra.length) notes.push(`indicator packages added to the official set for these figures: ${perType.extra.join(', ')}`);
  if (perType.missing.length) notes.push(`indicator packages not built (types without rules here): ${perType.missing.join(', ')}`);
  const heading = (text) => (style === 'markdown' ? `### ${text}` : `${text}:`);
  return [
    heading('linter.fix per type (tinybench; 2,000 values per type, 20% malformed)'),
    '',
    table(typeRows),
    '',
    ...notes.map((n) => (style === 'markdown' ? `- ${n}` : n)),
    '',
    heading(`Layers of tclint fix --type cidr (${layers.records.toLocaleString('en-US')} IPv6 blocks, median of 3 passes)`),
    '',
    table(layerRows),
    '',
  ].join('\n');
}
