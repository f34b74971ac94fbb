import type { Writable } from 'node:stream';

/**
 * Writes text to a stream with backpressure, so output of any size streams
 * with flat memory. A closed pipe (`tclint check big.csv | head`) ends
 * writing quietly instead of crashing.
 */
export class Output {
  private closed = false;
  /** Called before each write (the progress bar erases itself). */
  beforeWrite: (() => void) | undefined;

  constructor(readonly stream: Writable) {
    // a reader that went away (EPIPE) or any other write failure: stop writing, do not crash
    stream.on('error', () => {
      this.closed = true;
    });
  }

  get isClosed(): boolean {
    return this.closed || this.stream.destroyed;
  }

  async write(text: string): Promise<void> {
    if (text === '' || this.isClosed) return;
    this.beforeWrite?.();
    if (!this.stream.write(text)) await drained(this.stream);
  }
}

function drained(stream: Writable): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      stream.off('drain', done);
      stream.off('close', done);
      stream.off('error', done);
      resolve();
    };
    stream.on('drain', done);
    stream.on('close', done);
    stream.on('error', done);
  });
}
