import { splitLineBatches, type ByteLine, type SplitOptions } from './split-lines.js';
import { BOM, decodeUtf8, startsWithBom } from './utf8.js';

/** A decoded physical line, or why it could not be decoded. */
export interface TextLine {
  line: number;
  /** The text without its line ending (and without a leading BOM). */
  text: string;
  eol: '' | '\n' | '\r\n';
  /** A BOM preceded this (first) line. */
  bom?: true;
  /** Set when the line is not valid UTF-8: where, and the bytes to copy back. */
  invalid?: { column: number; bytes: Uint8Array };
  /** Set when the line was longer than the limit and not read: its length, and its bytes when they were kept (to copy back). */
  tooLong?: { length: number; bytes?: Uint8Array };
}

/** Decodes a byte stream into lines, one at a time; strips a leading BOM. */
export async function* textLines(source: AsyncIterable<Uint8Array | string>, options: SplitOptions = {}): AsyncGenerator<TextLine> {
  for await (const lines of textLineBatches(source, options)) yield* lines;
}

/** `textLines`, a batch per chunk read. */
export async function* textLineBatches(source: AsyncIterable<Uint8Array | string>, options: SplitOptions = {}): AsyncGenerator<TextLine[]> {
  for await (const lines of splitLineBatches(source, options)) yield lines.map(decodeLine);
}

function decodeLine(line: ByteLine): TextLine {
  let bytes = line.bytes;
  let bom = false;
  if (line.line === 1 && startsWithBom(bytes)) {
    bytes = bytes.subarray(3);
    bom = true;
  }
  const out: TextLine = { line: line.line, text: '', eol: line.eol };
  if (bom) out.bom = true;
  if (line.tooLong) {
    out.tooLong = line.tooLong.kept ? { length: line.tooLong.length, bytes } : { length: line.tooLong.length };
    return out;
  }
  const decoded = decodeUtf8(bytes);
  if ('text' in decoded) out.text = decoded.text;
  else out.invalid = { column: decoded.invalidAt.column, bytes };
  return out;
}

/** The verbatim text a line occupies, line ending included (for blank lines and headers). */
export function verbatim(line: TextLine): string {
  return (line.bom ? BOM : '') + line.text + line.eol;
}

/** Whether a line holds nothing but spaces and tabs. */
export function isBlank(line: TextLine): boolean {
  if (line.invalid || line.tooLong) return false;
  const text = line.text;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code !== 0x20 && code !== 0x09) return false;
  }
  return true;
}
