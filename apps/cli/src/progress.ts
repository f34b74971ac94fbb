import type { Writable } from 'node:stream';
import type { CliIO } from './io.js';

export interface ProgressOptions {
  /** Draw at all (stderr is a terminal). */
  enabled: boolean;
  /** Terminal width. */
  columns?: number | undefined;
  /** Only runs longer than this show a bar (ms). */
  delayMs?: number;
  /** Redraw at most this often (ms). */
  intervalMs?: number;
  now?: () => number;
}

const ERASE_LINE = '\r\x1b[2K';
const DEFAULT_DELAY_MS = 1000;

/** The bar for a command's run: on stderr when it is a terminal, after `TCLINT_PROGRESS_DELAY_MS`. */
export function progressFor(io: CliIO): Progress {
  return new Progress(io.stderr, { enabled: io.stderrIsTTY === true, columns: io.columns, delayMs: progressDelayMs(io.env) });
}

/** `TCLINT_PROGRESS_DELAY_MS` when it is a whole number of ms (tests set 0: a bar on any machine, however fast), else 1 s. */
export function progressDelayMs(env: CliIO['env']): number {
  const value = env.TCLINT_PROGRESS_DELAY_MS?.trim();
  return value && /^\d+$/.test(value) ? Number(value) : DEFAULT_DELAY_MS;
}

/**
 * A one-line progress bar on stderr for long runs: the input being read,
 * records done and, for files, the share of bytes read. It draws only on a
 * terminal, only once the run has lasted `delayMs`, and erases itself before
 * anything else is printed and at the end.
 */
export class Progress {
  private readonly started: number;
  private readonly now: () => number;
  private lastDraw = 0;
  private drawn = false;
  private label = '';
  private totalBytes: number | undefined;
  private records = 0;
  private bytes = 0;

  constructor(
    private readonly stream: Writable,
    private readonly options: ProgressOptions,
  ) {
    this.now = options.now ?? Date.now;
    this.started = this.now();
  }

  /** A new input: its name and size (unknown for stdin). */
  begin(label: string, totalBytes?: number): void {
    this.label = label;
    this.totalBytes = totalBytes;
    this.records = 0;
    this.bytes = 0;
  }

  update(records: number, bytes: number): void {
    this.records = records;
    this.bytes = bytes;
    if (!this.options.enabled) return;
    const now = this.now();
    if (now - this.started < (this.options.delayMs ?? DEFAULT_DELAY_MS)) return;
    if (this.drawn && now - this.lastDraw < (this.options.intervalMs ?? 100)) return;
    this.lastDraw = now;
    this.drawn = true;
    this.stream.write(ERASE_LINE + this.render());
  }

  /** Erases the bar (before other output); the next update draws it again. */
  clear(): void {
    if (!this.drawn) return;
    this.drawn = false;
    this.stream.write(ERASE_LINE);
  }

  render(): string {
    const columns = this.options.columns ?? 80;
    const count = `${this.records.toLocaleString('en-US')} record${this.records === 1 ? '' : 's'}`;
    const label = this.label.length > 30 ? `…${this.label.slice(-29)}` : this.label;
    if (!this.totalBytes) return `${label}  ${count}  ${formatBytes(this.bytes)}`.slice(0, columns - 1);
    const share = Math.min(1, this.bytes / this.totalBytes);
    const width = Math.max(10, Math.min(30, columns - label.length - 30));
    const filled = Math.round(share * width);
    const bar = '#'.repeat(filled) + '-'.repeat(width - filled);
    return `${label}  [${bar}] ${String(Math.floor(share * 100)).padStart(3)}%  ${count}`.slice(0, columns - 1);
  }
}

function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KiB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
}
