import type { Sink } from '../writers/sink.js';
import type { RecordWriterOptions, WriteOutcome } from '../writers/writer.js';

/**
 * The output of an input linted in pieces: each piece's bytes go to the
 * target's sink in input order, and `commit` decides as a record writer's
 * commit does (`createRecordWriter`): a file is replaced
 * only when something changed (unless `always`) and never when part of the
 * input could not be read; a stream keeps what it was given.
 */
export class PieceOutput {
  changed = false;
  private lost: string | undefined;

  constructor(
    private readonly target: Sink,
    private readonly options: RecordWriterOptions,
  ) {}

  /** What the pieces' writers write through: the target, which only this output commits or discards. */
  readonly sink: Sink = {
    write: (bytes) => this.target.write(bytes),
    commit: async () => {},
    discard: async () => {},
  };

  write(bytes: Uint8Array): Promise<void> | undefined {
    return bytes.length ? this.target.write(bytes) : undefined;
  }

  /** A piece's summary: whether it changed a record, and why the input could not be read completely. */
  add(summary: { changed: boolean; lost?: string }): void {
    if (summary.changed) this.changed = true;
    if (summary.lost !== undefined) this.lost ??= summary.lost;
  }

  async commit(): Promise<WriteOutcome> {
    const changed = this.changed;
    if (this.lost !== undefined && !this.options.partial) {
      await this.target.discard();
      return { written: false, changed, reason: `the input could not be read completely (${this.lost})` };
    }
    if (!changed && this.options.always !== true) {
      await this.target.discard();
      return { written: false, changed, reason: 'nothing was fixed' };
    }
    await this.target.commit();
    return { written: true, changed };
  }

  abort(): Promise<void> {
    return this.target.discard();
  }
}
