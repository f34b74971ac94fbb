import { isBatchDocument, v2BatchBody, v3Body, type IndicatorBody } from '../bodies.js';
import { syntaxErrorPosition } from '../json-text.js';
import { decodeWhole, documentError, readWhole } from './read-whole.js';
import type { ReadEnd, ReadItem } from './record.js';
import { BOM } from './utf8.js';

export interface JsonOptions {
  source?: string;
  /** The type of bodies that name none. */
  type?: string;
}

/** One v3 create body or an array of them; a v2 batch document is read as batch. */
export function readJson(input: AsyncIterable<Uint8Array | string>, options: JsonOptions = {}): AsyncGenerator<ReadItem, ReadEnd | undefined> {
  return readDocument(input, options, 'json');
}

/** v2 batch JSON: `{"indicator": [{type, summary, ...}], "group": [...]}` or a bare array of items. */
export function readBatch(input: AsyncIterable<Uint8Array | string>, options: JsonOptions = {}): AsyncGenerator<ReadItem, ReadEnd | undefined> {
  return readDocument(input, options, 'batch');
}

async function* readDocument(input: AsyncIterable<Uint8Array | string>, options: JsonOptions, format: 'json' | 'batch'): AsyncGenerator<ReadItem, ReadEnd | undefined> {
  const source = options.source ?? '<stdin>';
  const whole = decodeWhole(await readWhole(input));
  if ('error' in whole) {
    yield documentError(source, whole.error, whole.line, whole.column);
    return;
  }
  const { text } = whole;
  if (text.trim() === '') return { unclaimed: (whole.bom ? BOM : '') + text };
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch (error) {
    const at = syntaxErrorPosition(error, text);
    yield documentError(source, `invalid JSON${at ? ` at line ${at.line}, column ${at.column}` : ''}`, at?.line ?? null, at?.column);
    return;
  }
  const bodyOptions = options.type === undefined ? { text } : { text, type: options.type };
  const body: IndicatorBody = format === 'batch' || isBatchDocument(document) ? v2BatchBody(document, bodyOptions) : v3Body(document, bodyOptions);
  const kind = body.form === 'v2-batch' ? 'batch' : 'json';
  for (const entry of body.entries) {
    // one object literal per item (no `{ ...base }` spread: a slow V8 path, taken once per entry)
    const item: ReadItem = entry.subject
      ? { source, line: null, path: entry.path, index: entry.index, raw: entry.raw, subject: entry.subject, origin: { format: kind, body, entry: entry.index } }
      : {
          source,
          line: null,
          path: entry.path,
          index: entry.index,
          raw: entry.raw,
          error: { message: `${entry.path ?? 'the body'}: ${entry.problem}`, line: null },
          origin: { format: kind, body, entry: entry.index },
        };
    if (whole.bom && entry.index === 0) item.before = BOM;
    yield item;
  }
  // a document without indicators is given back to writers as it was
  return { unclaimed: body.entries.length ? '' : (whole.bom ? BOM : '') + text };
}
