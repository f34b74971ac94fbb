import { isBatchDocument, v2BatchBody, v3Body, type IndicatorBody } from '../bodies/bodies.js';
import { syntaxErrorPosition } from '../json/json-text.js';
import { salvageArray } from '../json/json-salvage.js';
import { decodeWhole, documentError, readWhole } from '../text/read-whole.js';
import { salvagedBody } from '../json/salvaged-body.js';
import type { ReadEnd, ReadItem } from '../records/record.js';
import { BOM } from '../text/utf8.js';

export interface JsonOptions {
  source?: string;
  /** The type of bodies that name none. */
  type?: string;
}

/**
 * One v3 create body or an array of them; a v2 batch document is read as
 * batch. A document that does not parse is reported with the line and column
 * of the break, after the complete records of its array that come before it
 * (see `salvageArray`).
 */
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
    // the complete records before the break are still read; the document is reported after them
    const at = syntaxErrorPosition(error, text);
    const body = salvagedBody(text, salvageArray(text), format, options.type);
    yield* entryItems(body, source, whole.bom);
    const failure = documentError(source, `invalid JSON${at ? ` at line ${at.line}, column ${at.column}` : ''}`, at?.line ?? null, at?.column);
    // a writer still gets the document: the records fixed, the rest as it was (never over the input file: `lost`)
    failure.index = body.entries.length;
    failure.origin = { format: body.form === 'v2-batch' ? 'batch' : 'json', body, entry: -1 };
    if (whole.bom && failure.index === 0) failure.before = BOM;
    yield failure;
    return;
  }
  const bodyOptions = options.type === undefined ? { text } : { text, type: options.type };
  const body: IndicatorBody = format === 'batch' || isBatchDocument(document) ? v2BatchBody(document, bodyOptions) : v3Body(document, bodyOptions);
  yield* entryItems(body, source, whole.bom);
  // a document without indicators is given back to writers as it was
  return { unclaimed: body.entries.length ? '' : (whole.bom ? BOM : '') + text };
}

function* entryItems(body: IndicatorBody, source: string, bom: boolean): Generator<ReadItem> {
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
    if (bom && entry.index === 0) item.before = BOM;
    yield item;
  }
}
