import type { BoundaryScanner } from './record-boundaries.js';

const LF = 10;
const BOM = [0xef, 0xbb, 0xbf] as const;

/** Whole records of an input, as the bytes they were read from. */
export interface Piece {
  bytes: Uint8Array;
  /** The number of its first line in the whole input. */
  firstLine: number;
}

/** The rest of an input, from a record boundary on, for one reader: what could not be cut into pieces. */
export interface Rest {
  chunks: AsyncIterable<Uint8Array>;
  firstLine: number;
}

export interface CutOptions {
  /** Pieces are cut at the first boundary past this many bytes. */
  pieceBytes: number;
  /** Past this many bytes without a boundary (a very long line), the rest is given whole. */
  maxPieceBytes: number;
  /** For CSV: the first line is the header, which every piece needs; an input whose header is not one plain line is given whole. */
  header?: boolean;
}

export interface CutInput {
  /** The header line for the pieces after the first (CSV), as bytes with its line ending and without a BOM. */
  header: Uint8Array | undefined;
  pieces: AsyncGenerator<Piece | Rest>;
}

/**
 * Cuts a byte stream into pieces of whole records, at the boundaries the
 * scanner allows, each a fresh buffer (so it can be transferred to a worker
 * thread). Where no boundary comes in time, or the scanner is unsure, or the
 * input looks like UTF-16 (whose line feeds are two bytes), the rest comes
 * as one `Rest`, to be read as it streams.
 */
export async function cutPieces(source: AsyncIterable<Uint8Array | string>, scanner: BoundaryScanner, options: CutOptions): Promise<CutInput> {
  const input = source[Symbol.asyncIterator]();
  const encoder = new TextEncoder();
  const next = async (): Promise<Uint8Array | undefined> => {
    const step = await input.next();
    if (step.done) return undefined;
    return typeof step.value === 'string' ? encoder.encode(step.value) : step.value;
  };
  let buffer = new Uint8Array(Math.max(64 * 1024, options.pieceBytes * 2));
  let length = 0;
  let ended = false;
  const append = (chunk: Uint8Array) => {
    if (length + chunk.length > buffer.length) {
      const grown = new Uint8Array(Math.max(buffer.length * 2, length + chunk.length));
      grown.set(buffer.subarray(0, length));
      buffer = grown;
    }
    buffer.set(chunk, length);
    length += chunk.length;
  };
  const fill = async (until: (length: number) => boolean) => {
    while (!ended && !until(length)) {
      const chunk = await next();
      if (chunk === undefined) ended = true;
      else append(chunk);
    }
  };

  // the head: enough to see the header line and whether the input is UTF-16
  await fill((n) => (n >= 1024 && buffer.subarray(0, n).indexOf(LF) !== -1) || n >= options.maxPieceBytes);
  let header: Uint8Array | undefined;
  let whole = looksLikeUtf16(buffer.subarray(0, Math.min(length, 1024)));
  if (!whole && options.header) {
    header = headerLine(buffer.subarray(0, length));
    whole = header === undefined;
  }

  async function* restFrom(start: number): AsyncGenerator<Uint8Array> {
    if (length > start) yield buffer.slice(start, length);
    for (let chunk = await next(); chunk !== undefined; chunk = await next()) yield chunk;
  }

  async function* pieces(): AsyncGenerator<Piece | Rest> {
    try {
      yield* cut();
    } finally {
      await input.return?.();
    }
  }

  async function* cut(): AsyncGenerator<Piece | Rest> {
    let firstLine = 1;
    if (whole) {
      yield { chunks: restFrom(0), firstLine };
      return;
    }
    // lines scanned so far, and the last boundary: its offset and the lines before it
    let scanned = 0;
    let lines = 0;
    let boundary = 0;
    let linesToBoundary = 0;
    for (;;) {
      let unsure = false;
      while (boundary < options.pieceBytes) {
        const lf = buffer.subarray(0, length).indexOf(LF, scanned);
        if (lf === -1) break;
        const end = scanner.line(buffer, scanned, lf);
        scanned = lf + 1;
        lines++;
        if (end === 'cut') {
          boundary = scanned;
          linesToBoundary = lines;
        } else if (end === 'unsure') {
          unsure = true;
          break;
        }
      }
      if (boundary > 0 && (boundary >= options.pieceBytes || unsure || length >= options.maxPieceBytes)) {
        yield { bytes: buffer.slice(0, boundary), firstLine };
        firstLine += linesToBoundary;
        buffer.copyWithin(0, boundary, length);
        length -= boundary;
        scanned -= boundary;
        lines -= linesToBoundary;
        boundary = 0;
        linesToBoundary = 0;
        if (!unsure) continue;
      }
      if (unsure || length >= options.maxPieceBytes) {
        yield { chunks: restFrom(0), firstLine };
        return;
      }
      if (ended) {
        if (length > 0) yield { bytes: buffer.slice(0, length), firstLine };
        return;
      }
      // at least one more chunk: the bytes held may already pass pieceBytes without a line feed after `scanned`
      const held = length;
      await fill((n) => n > held && (n > Math.max(scanned, options.pieceBytes) || n >= options.maxPieceBytes));
    }
  }

  return { header, pieces: pieces() };
}

/** The first line as a CSV header every piece can be given: one line, no quotes, no BOM kept, valid UTF-8; else undefined. */
function headerLine(head: Uint8Array): Uint8Array | undefined {
  const lf = head.indexOf(LF);
  if (lf === -1) return undefined;
  const start = head[0] === BOM[0] && head[1] === BOM[1] && head[2] === BOM[2] ? 3 : 0;
  const line = head.subarray(start, lf + 1);
  if (line.indexOf(34) !== -1) return undefined;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(line);
  } catch {
    return undefined;
  }
  return line.slice();
}

/** A UTF-16 byte-order mark, or NUL bytes in a quarter of the even or odd positions of the first KiB. */
export function looksLikeUtf16(head: Uint8Array): boolean {
  if ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff)) return true;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < head.length; i++) {
    if (head[i] !== 0) continue;
    if (i % 2 === 0) even++;
    else odd++;
  }
  const pairs = head.length / 2;
  return pairs >= 2 && (even >= pairs / 4 || odd >= pairs / 4);
}
