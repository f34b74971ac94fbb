import { bytesOf, concatBytes } from './bytes.js';
import type { RecordError } from '../records/record.js';
import { decodeUtf8, startsWithBom } from './utf8.js';

/** Reads a whole input (JSON documents cannot be streamed record by record). */
export async function readWhole(input: AsyncIterable<Uint8Array | string>): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  for await (const chunk of input) chunks.push(bytesOf(chunk));
  return concatBytes(chunks);
}

export type WholeText = { text: string; bom: boolean } | { error: string; line: number; column: number };

/** Decodes a whole document strictly, dropping a BOM. */
export function decodeWhole(bytes: Uint8Array): WholeText {
  const bom = startsWithBom(bytes);
  const body = bom ? bytes.subarray(3) : bytes;
  const decoded = decodeUtf8(body);
  if ('text' in decoded) return { text: decoded.text, bom };
  const before = new TextDecoder('utf-8', { ignoreBOM: true }).decode(body.subarray(0, decoded.invalidAt.byte));
  const line = before.split('\n').length;
  const column = before.length - before.lastIndexOf('\n');
  return { error: `invalid UTF-8 at line ${line}, column ${column}`, line, column };
}

/** The error item of a whole document that cannot be read (invalid UTF-8 or JSON, not the expected kind). */
export function documentError(source: string, message: string, line?: number | null, column?: number): RecordError {
  const item: RecordError = { source, line: null, path: null, index: 0, raw: '', lost: true, error: { message, line: line ?? null } };
  if (column !== undefined) item.error.column = column;
  return item;
}
