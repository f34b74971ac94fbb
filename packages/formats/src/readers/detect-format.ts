import { canonicalTypeName } from '@tclint/core';
import type { InputFormat } from '../records/record.js';

const BY_EXTENSION: Record<string, InputFormat> = {
  '.har': 'har',
  '.ndjson': 'ndjson',
  '.jsonl': 'ndjson',
  '.csv': 'csv',
  '.tsv': 'csv',
  '.txt': 'lines',
  '.lst': 'lines',
};

/**
 * Picks the input format for `auto` from the file name and its first bytes:
 * the extension where it is telling; for `.json` and others, the content
 * (a HAR `log`, a batch `indicator` array, one JSON object per line, a JSON
 * document, a CSV header naming known columns); plain lines otherwise.
 */
export function detectFormat(path: string | undefined, firstBytes: Uint8Array | string): InputFormat {
  const lower = (path ?? '').toLowerCase();
  const dot = lower.lastIndexOf('.');
  const extension = dot > lower.lastIndexOf('/') ? lower.slice(dot) : '';
  const known = BY_EXTENSION[extension];
  if (known) return known;
  const text = (typeof firstBytes === 'string' ? firstBytes : new TextDecoder('utf-8').decode(firstBytes)).replace(/^\uFEFF/, '');
  const start = text.trimStart();
  if (start.startsWith('{')) {
    if (/^\{\s*"log"\s*:/.test(start)) return 'har';
    if (/^\{\s*"(indicator|group)"\s*:/.test(start)) return 'batch';
    return looksLikeNdjson(start) ? 'ndjson' : 'json';
  }
  if (start.startsWith('[')) return 'json';
  if (start.startsWith('"') && looksLikeNdjson(start)) return 'ndjson';
  return looksLikeCsvHeader(start) ? 'csv' : 'lines';
}

/** The first line is a complete JSON value and the next non-blank line starts another. */
function looksLikeNdjson(text: string): boolean {
  const lines = text.split(/\r?\n/).filter((l) => l.trim() !== '');
  if (lines.length < 2) return false;
  try {
    JSON.parse(lines[0]!);
  } catch {
    return false;
  }
  const second = lines[1]!.trimStart();
  return second.startsWith('{') || second.startsWith('"');
}

const HEADER_NAMES = new Set(['type', 'value', 'summary', 'indicator', 'key name', 'value name', 'value type', 'hostname', 'ip', 'address', 'text', 'as number', 'block', 'md5', 'sha1', 'sha256', 'subject', 'hashtag', 'mutex', 'user agent string']);

/**
 * A first line with at least two comma-separated cells, one of them a known
 * column name or an indicator type (`Domain,Domain Use`), all of them words.
 */
function looksLikeCsvHeader(text: string): boolean {
  const first = text.split(/\r?\n/, 1)[0] ?? '';
  const cells = first.split(',').map((c) => c.trim().replace(/^"(.*)"$/, '$1').toLowerCase());
  if (cells.length === 1) return cells[0] === 'summary' || cells[0] === 'value';
  const known = (c: string) => HEADER_NAMES.has(c) || (c !== '' && canonicalTypeName(c) !== undefined);
  return cells.some(known) && cells.every((c) => c === '' || known(c) || /^[a-z][a-z0-9 _-]*$/.test(c));
}
