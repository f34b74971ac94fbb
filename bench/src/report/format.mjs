export const seconds = (ms) => (ms === undefined ? '—' : (ms / 1000).toFixed(2));
export const megabytes = (kb) => (kb === undefined ? '—' : (kb / 1024).toFixed(0));
export const times = (x) => (x === undefined ? '—' : `${x.toFixed(2)}×`);
export const count = (n) => n.toLocaleString('en-US');

export function rate(perSecond) {
  if (perSecond === undefined) return '—';
  if (perSecond >= 1e6) return `${(perSecond / 1e6).toFixed(2)}M/s`;
  if (perSecond >= 1e3) return `${(perSecond / 1e3).toFixed(0)}k/s`;
  return `${perSecond.toFixed(0)}/s`;
}

/** Aligns rows of cells into a plain-text table (first row is the header). */
export function textTable(rows) {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => String(r[i]).length)));
  const line = (r) => r.map((c, i) => (i === 0 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]))).join('  ');
  return [line(rows[0]), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.slice(1).map(line)].join('\n');
}

export function markdownTable(rows) {
  const escape = (c) => String(c).replaceAll('|', '\\|');
  const [head, ...body] = rows;
  return [`| ${head.map(escape).join(' | ')} |`, `| ${head.map((_, i) => (i === 0 ? '---' : '---:')).join(' | ')} |`, ...body.map((r) => `| ${r.map(escape).join(' | ')} |`)].join('\n');
}
