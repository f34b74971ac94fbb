import type { Sink } from '../writers/sink.js';

/** An input that delivers the text in chunks of `size` bytes (to cross chunk boundaries in tests), as a Node stream or a browser's reader would. */
export async function* chunked(content: string | Uint8Array, size: number): AsyncGenerator<Uint8Array> {
  const bytes = typeof content === 'string' ? new TextEncoder().encode(content) : content;
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}

/** Collects an async iterable. */
export async function collect<T>(source: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of source) out.push(item);
  return out;
}

/** A sink that keeps what is written, as text, with what happened to it. */
export function memorySink(): { sink: Sink; text(): string; committed(): boolean; discarded(): boolean } {
  const chunks: Uint8Array[] = [];
  let committed = false;
  let discarded = false;
  return {
    sink: {
      async write(bytes) {
        chunks.push(bytes.slice());
      },
      async commit() {
        committed = true;
      },
      async discard() {
        discarded = true;
      },
    },
    text: () => new TextDecoder('utf-8', { ignoreBOM: true }).decode(concatBytes(chunks)),
    committed: () => committed,
    discarded: () => discarded,
  };
}

function concatBytes(chunks: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

/** Text as UTF-16 bytes (a string's code units, two bytes each), as a Windows `.reg` export is written. */
export function utf16Bytes(text: string, encoding: 'utf-16le' | 'utf-16be'): Uint8Array {
  const out = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    out[2 * i + (encoding === 'utf-16le' ? 0 : 1)] = code & 0xff;
    out[2 * i + (encoding === 'utf-16le' ? 1 : 0)] = code >> 8;
  }
  return out;
}
