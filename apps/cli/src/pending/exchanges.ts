import { exchangeSubject, splitLines, type DiagnoseReport, type Subject } from '../node-api.js';

// Stand-in until @tclint/node reads exchanges given as JSON (`{request, response}`
// or an array of them) and NDJSON (one per line), as it reads HAR files.

type ExchangeSubject = Extract<Subject, { kind: 'exchange' }>;
type Problem = NonNullable<DiagnoseReport['readError']>;

/** One exchange read from an input, or why it could not be read. */
export interface ExchangeItem {
  source: string;
  index: number;
  line: number | null;
  path: string | null;
  subject?: ExchangeSubject;
  error?: Problem;
}

const strict = new TextDecoder('utf-8', { fatal: true });

/** `{request, response}` or an array of them, read whole. */
export async function* readExchangeJson(input: AsyncIterable<Uint8Array | string>, source: string, secretKey?: string): AsyncGenerator<ExchangeItem> {
  const chunks: Uint8Array[] = [];
  for await (const chunk of input) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  let text: string;
  try {
    text = strict.decode(Buffer.concat(chunks)).replace(/^\uFEFF/, '');
  } catch {
    yield { source, index: 0, line: null, path: null, error: { message: 'invalid UTF-8', line: null } };
    return;
  }
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch (error) {
    yield { source, index: 0, line: null, path: null, error: { message: `invalid JSON (${error instanceof Error ? error.message : String(error)})`, line: null } };
    return;
  }
  const list = Array.isArray(document) ? document : [document];
  for (let i = 0; i < list.length; i++) {
    const path = Array.isArray(document) ? `[${i}]` : null;
    yield { source, index: i, line: null, path, ...exchangeOf(list[i], secretKey, path ?? 'the document') };
  }
}

/** One `{request, response}` per line, streamed. */
export async function* readExchangeNdjson(input: AsyncIterable<Uint8Array | string>, source: string, secretKey?: string): AsyncGenerator<ExchangeItem> {
  let index = 0;
  for await (const line of splitLines(input)) {
    const at = { source, index, line: line.line, path: null };
    if (line.tooLong) {
      yield { ...at, error: { message: `line ${line.line} is too long; it was skipped`, line: line.line } };
      index++;
      continue;
    }
    let text: string;
    try {
      text = strict.decode(line.bytes).replace(/^\uFEFF/, '');
    } catch {
      yield { ...at, error: { message: `invalid UTF-8 on line ${line.line}`, line: line.line } };
      index++;
      continue;
    }
    if (text.trim() === '') continue;
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      yield { ...at, error: { message: `invalid JSON on line ${line.line}`, line: line.line } };
      index++;
      continue;
    }
    yield { ...at, ...exchangeOf(value, secretKey, `line ${line.line}`) };
    index++;
  }
}

function exchangeOf(value: unknown, secretKey: string | undefined, where: string): { subject: ExchangeSubject } | { error: Problem } {
  const fail = (why: string) => ({ error: { message: `${where}: ${why}`, line: null } });
  if (!isObject(value)) return fail('expected an object {"request": ..., "response": ...}');
  const { request, response } = value;
  if (!isObject(request) || typeof request.method !== 'string' || typeof request.url !== 'string') return fail('"request" needs "method" and "url" strings');
  const init: Parameters<typeof exchangeSubject>[0] = {
    request: { method: request.method, url: request.url, headers: headers(request.headers) },
  };
  if (request.body !== undefined && request.body !== null) init.request.body = typeof request.body === 'string' ? request.body : JSON.stringify(request.body);
  if (response !== undefined && response !== null) {
    if (!isObject(response) || typeof response.status !== 'number') return fail('"response" needs a numeric "status"');
    init.response = { status: response.status, headers: headers(response.headers) };
    if (response.body !== undefined && response.body !== null) init.response.body = typeof response.body === 'string' ? response.body : JSON.stringify(response.body);
  }
  for (const key of ['localTime', 'tokenExpires', 'tokenIssued'] as const) if (typeof value[key] === 'number') init[key] = value[key] as number;
  if (secretKey) init.secretKey = secretKey;
  return { subject: exchangeSubject(init) };
}

/** Headers as an object of strings, or HAR-style `[{name, value}]`. */
function headers(value: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (Array.isArray(value)) {
    for (const h of value) if (isObject(h) && typeof h.name === 'string' && typeof h.value === 'string') out[h.name] = h.value;
  } else if (isObject(value)) {
    for (const [name, v] of Object.entries(value)) if (typeof v === 'string' || typeof v === 'number') out[name] = String(v);
  }
  return out;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
