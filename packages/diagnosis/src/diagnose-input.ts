import { messageSubject, redact } from '@tclint/core';
import { closeStream, EXCHANGE_FORMATS, isRecordError, readExchanges, readMessages, type OpenedInput, type ReadOptions } from '@tclint/formats';
import type { DiagnosableSubject, DiagnoseResult } from './diagnosis.js';
import { diagnoseReport, type DiagnoseReport } from './report.js';
import { UNRECOGNIZED_CLASS } from './unrecognized.js';

/** What diagnoses a subject: a `Linter` of @tclint/preset, or `{ diagnose: (s) => diagnoseWith(engine, s) }`. */
export interface Diagnoser {
  diagnose<S extends DiagnosableSubject>(subject: S): DiagnoseResult<S>;
}

/** How much of an unrecognized text is diagnosed as a whole at the end (a message broken over lines is still found in it). */
const HEAD_CHARS = 16 * 1024;

/** A credential a log may show (`Authorization: TC 1:sig`, `tc_api_secret_key=...`, `"token": "..."`): the name and separator, then the value. */
const CREDENTIAL = /((?:authorization|secret[_-]?key|api[_-]?key|access[_-]?token|token|password)["']?\s*[:=]\s*["']?)(?:(?:TC-Token|TC|Bearer|Basic)\s+)?[^\s"',;]+/gi;

/**
 * Diagnoses an opened input (`openStream` of @tclint/formats), one record at
 * a time: the failed ThreatConnect API calls of a HAR file, exchanges given
 * as JSON (`{"request", "response"}` or an array of them) or NDJSON (one per
 * line), or, for `lines` input, a plain text (see `diagnoseText`).
 * `secretKey` is attached to every exchange and never printed. A record that
 * cannot be read is yielded with `readError` and reading goes on; an input of
 * another format (CSV) throws a TypeError.
 */
export async function* diagnoseOpened(diagnoser: Diagnoser, opened: OpenedInput, options: ReadOptions = {}): AsyncGenerator<DiagnoseReport> {
  if (opened.format === 'lines') {
    yield* diagnoseText(diagnoser, opened, options);
    return;
  }
  if (!EXCHANGE_FORMATS.includes(opened.format)) {
    await closeStream(opened.stream);
    throw new TypeError(`${opened.source}: cannot diagnose ${opened.format} input (give a HAR file, exchanges as JSON or NDJSON, or a text: an error message or a log)`);
  }
  for await (const item of readExchanges(opened, options)) {
    if (isRecordError(item)) {
      yield diagnoseReport(item);
      continue;
    }
    const subject = item.subject;
    // readers of exchanges give nothing else; anything else is a reader bug, reported as unreadable
    if (subject.kind === 'indicator') yield diagnoseReport({ ...item, raw: '', error: { message: 'not an exchange or a message', line: item.line } });
    else yield diagnoseReport(item, diagnoser.diagnose(subject));
  }
}

/**
 * Diagnoses a plain text (an error message, a log excerpt) line by line:
 * each line that an error class recognizes gets its own report, located by
 * its line number, so a log with several errors gives a diagnosis for each.
 * Lines nothing recognizes are not reported one by one; a text in which no
 * line is recognized gets one report: its beginning diagnosed as a whole
 * (the `unrecognized` diagnosis, or what a message broken over lines turns
 * out to be), quoted without the credentials it may show (`secretKey` and
 * `Authorization`, key, token and password values). Lines that cannot be
 * read (invalid UTF-8, too long) are reported as such.
 */
export async function* diagnoseText(diagnoser: Diagnoser, { source, stream }: OpenedInput, options: Pick<ReadOptions, 'maxLineBytes' | 'secretKey'> = {}): AsyncGenerator<DiagnoseReport> {
  let recognized = false;
  let head = '';
  let first: { line: number | null; index: number } | undefined;
  const lines = readMessages(stream, { source, ...(options.maxLineBytes !== undefined && { maxLineBytes: options.maxLineBytes }) });
  for await (const item of lines) {
    if (isRecordError(item)) {
      yield diagnoseReport(item);
      continue;
    }
    if (item.subject.kind !== 'message') continue;
    const result = diagnoser.diagnose(item.subject);
    if (result.diagnoses.some((d) => d.classId !== UNRECOGNIZED_CLASS)) {
      recognized = true;
      yield diagnoseReport(item, result);
    } else if (!recognized && head.length < HEAD_CHARS) {
      first ??= { line: item.line, index: item.index };
      head += `${head ? '\n' : ''}${item.subject.text}`.slice(0, HEAD_CHARS - head.length);
    }
  }
  if (recognized || first === undefined) return;
  // the unrecognized diagnosis quotes the text: never with a credential in it
  yield { source, index: first.index, line: first.line, path: null, result: diagnoser.diagnose(messageSubject(withoutCredentials(head, options.secretKey))) };
}

function withoutCredentials(text: string, secretKey: string | undefined): string {
  const masked = text.replace(CREDENTIAL, '$1[REDACTED]');
  return secretKey ? redact(masked, [secretKey, secretKey.trim()].filter((s) => s.length >= 4)) : masked;
}
