import { isAbsolute, relative, sep } from 'node:path';
import type { RecordReport } from '@tclint/formats';

/** A path for display: relative to `cwd` when inside it, `/`-separated. */
export function displayPath(source: string, cwd: string): string {
  if (!isAbsolute(source)) return source;
  const rel = relative(cwd, source);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel.split(sep).join('/') : source;
}

/** Where a record is within its source: `3` (line), `indicator[3]` (JSON path), or `-`. */
export function recordLocation(report: Pick<RecordReport, 'line' | 'path'>): string {
  if (report.line !== null) return String(report.line);
  return report.path ?? '-';
}

export function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}
