import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { Readable } from 'node:stream';

/** A fresh temp directory; files written into it by relative path. */
export function tempDir(files: Record<string, string | Uint8Array> = {}): { dir: string; path(name: string): string; write(name: string, content: string | Uint8Array): string; read(name: string): string } {
  const dir = mkdtempSync(join(tmpdir(), 'tclint-node-'));
  const api = {
    dir,
    path: (name: string) => join(dir, name),
    write(name: string, content: string | Uint8Array) {
      const file = join(dir, name);
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, content);
      return file;
    },
    read: (name: string) => readFileSync(join(dir, name), 'utf8'),
  };
  for (const [name, content] of Object.entries(files)) api.write(name, content);
  return api;
}

/** A stream that delivers the text in chunks of `size` bytes (to cross chunk boundaries in tests). */
export function chunked(content: string | Uint8Array, size: number): Readable {
  const bytes = typeof content === 'string' ? Buffer.from(content) : Buffer.from(content);
  const chunks: Buffer[] = [];
  for (let i = 0; i < bytes.length; i += size) chunks.push(bytes.subarray(i, i + size));
  return Readable.from(chunks);
}

/** Collects an async iterable. */
export async function collect<T>(source: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of source) out.push(item);
  return out;
}
