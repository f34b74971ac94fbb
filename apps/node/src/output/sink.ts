// Hand-written: write-file-atomic takes the whole content at once; fixed output is streamed to the temp file record by record.
// The temp name's random part comes from the global Web Crypto, which Node loads on first use: importing node:crypto
// here made every lint (even one that writes nothing) load Node's crypto modules at start-up.
import { once } from 'node:events';
import { open, rename, stat, unlink, chmod, type FileHandle } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** Where a writer's bytes go. */
export interface Sink {
  write(bytes: Uint8Array): Promise<void>;
  /** Makes the output final (renames a temp file over the target). */
  commit(): Promise<void>;
  /** Throws the output away. */
  discard(): Promise<void>;
}

/**
 * Writes to a temp file next to `target` and renames it over the target on
 * commit, so readers of the target never see a half-written file and a failed
 * run leaves it untouched. The target keeps its file mode.
 */
export function atomicFileSink(target: string): Sink {
  const temp = join(dirname(target), `.${basename(target)}.tclint-${process.pid}-${Buffer.from(crypto.getRandomValues(new Uint8Array(4))).toString('hex')}.tmp`);
  let handle: FileHandle | undefined;
  let closed = false;
  const ensure = async () => (handle ??= await open(temp, 'wx', 0o644));
  return {
    async write(bytes) {
      const h = await ensure();
      await h.write(bytes);
    },
    async commit() {
      const h = await ensure();
      await h.sync();
      await h.close();
      closed = true;
      const mode = await stat(target).then((s) => s.mode & 0o7777, () => undefined);
      if (mode !== undefined) await chmod(temp, mode);
      await rename(temp, target);
    },
    async discard() {
      if (handle && !closed) await handle.close();
      closed = true;
      if (handle) await unlink(temp).catch(() => undefined);
    },
  };
}

/** Writes to a stream (stdout), honouring backpressure. */
export function streamSink(stream: NodeJS.WritableStream): Sink {
  return {
    async write(bytes) {
      if (!stream.write(bytes)) await once(stream as unknown as NodeJS.EventEmitter, 'drain');
    },
    async commit() {},
    async discard() {},
  };
}
