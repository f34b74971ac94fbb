import type { IndicatorFormat } from '../protocol.js';
import { el, plural } from './dom.js';
import { pagedList } from './paged-list.js';

const PAGE = 1000;
const MEDIA_TYPES: Record<IndicatorFormat, string> = {
  lines: 'text/plain',
  csv: 'text/csv',
  json: 'application/json',
  ndjson: 'application/x-ndjson',
  batch: 'application/json',
};
const EXTENSIONS: Record<IndicatorFormat, string> = { lines: '.txt', csv: '.csv', json: '.json', ndjson: '.ndjson', batch: '.json' };

export interface FixedOutput {
  input: Uint8Array;
  output: Uint8Array;
  format: IndicatorFormat;
  /** The input file's name, when it came from one. */
  name?: string;
  changedLines: readonly number[];
}

export interface OutputParts {
  container: HTMLElement;
  changedOnly: HTMLInputElement;
  copy: HTMLButtonElement;
  download: HTMLButtonElement;
  status: HTMLElement;
}

/** The fixed file, lines numbered and the changed ones marked (with what they were), to copy or download in the input's format. */
export function outputView(parts: OutputParts): { show(fixed: FixedOutput): void; clear(): void } {
  const decoder = new TextDecoder();
  let current: { fixed: FixedOutput; text: string; after: string[]; changed: Set<number>; inputStarts?: number[] } | undefined;
  /** A line of the input as it was: found in its bytes when first asked for, not decoded whole. */
  const inputLine = (line: number): string => {
    const { fixed } = current!;
    current!.inputStarts ??= lineStarts(fixed.input);
    const starts = current!.inputStarts;
    const start = starts[line - 1];
    if (start === undefined) return '';
    const end = line < starts.length ? starts[line]! - 1 : fixed.input.length;
    return decoder.decode(fixed.input.subarray(start, end)).replace(/\r$/, '');
  };
  const list = pagedList<number>(parts.container, {
    pageSize: PAGE,
    empty: 'Nothing to show.',
    noun: ['line', 'lines'],
    frame() {
      const rows = el('ol', { class: 'code', 'aria-label': 'Fixed file, by line' });
      return { root: rows, rows };
    },
    row(line) {
      const text = current!.after[line - 1] ?? '';
      if (!current!.changed.has(line)) return el('li', { value: line }, text);
      return el('li', { value: line, class: 'changed' }, el('span', { class: 'visually-hidden' }, 'Changed: '), text, el('span', { class: 'was' }, `was: ${inputLine(line)}`));
    },
  });
  const render = () => {
    list.reset();
    if (!current) return;
    const changed = parts.changedOnly.checked ? current.fixed.changedLines : undefined;
    // line numbers, made only for the lines shown
    list.show({ total: changed ? changed.length : current.after.length, slice: (from, to) => (changed ? changed.slice(from, to) : Array.from({ length: to - from }, (_, i) => from + i + 1)) });
  };
  parts.changedOnly.addEventListener('change', render);
  parts.copy.addEventListener('click', async () => {
    if (!current) return;
    try {
      await navigator.clipboard.writeText(current.text);
      parts.status.textContent = 'Copied the fixed file.';
    } catch {
      parts.status.textContent = 'The browser did not allow copying; use Download instead.';
    }
  });
  parts.download.addEventListener('click', () => {
    if (!current) return;
    const { fixed } = current;
    const url = URL.createObjectURL(new Blob([fixed.output as Uint8Array<ArrayBuffer>], { type: MEDIA_TYPES[fixed.format] }));
    const link = el('a', { href: url, download: fixedName(fixed) });
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    parts.status.textContent = `Downloaded ${fixedName(fixed)}.`;
  });
  return {
    show(fixed) {
      const text = decoder.decode(fixed.output);
      current = { fixed, text, after: linesOf(text), changed: new Set(fixed.changedLines) };
      parts.status.textContent = fixed.changedLines.length ? `${plural(fixed.changedLines.length, 'line')} changed.` : 'Nothing changed: the file is already in the form ThreatConnect stores.';
      render();
    },
    clear() {
      current = undefined;
      parts.status.textContent = '';
      render();
    },
  };
}

/** The lines as shown: without their line break, and no empty last line for a text that ends with one. */
function linesOf(text: string): string[] {
  const lines = text.split('\n').map((line) => (line.endsWith('\r') ? line.slice(0, -1) : line));
  if (lines.length > 1 && lines.at(-1) === '') lines.pop();
  return lines;
}

function lineStarts(bytes: Uint8Array): number[] {
  const starts = [0];
  for (let i = bytes.indexOf(0x0a); i >= 0; i = bytes.indexOf(0x0a, i + 1)) starts.push(i + 1);
  return starts;
}

/** `indicators.csv` -> `indicators-fixed.csv`; pasted text -> `fixed.<format's extension>`. */
export function fixedName(fixed: Pick<FixedOutput, 'name' | 'format'>): string {
  if (fixed.name === undefined) return `fixed${EXTENSIONS[fixed.format]}`;
  const dot = fixed.name.lastIndexOf('.');
  return dot > 0 ? `${fixed.name.slice(0, dot)}-fixed${fixed.name.slice(dot)}` : `${fixed.name}-fixed`;
}
