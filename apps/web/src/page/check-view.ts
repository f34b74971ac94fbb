import type { IndicatorFormat, ProblemRow, ProblemTable, Reply, Totals } from '../protocol.js';
import { byId, el, plural } from './dom.js';
import { setUpInput } from './input-source.js';
import { outputView } from './output-view.js';
import { problemTable } from './problem-table.js';
import type { Settings } from './settings.js';
import type { WorkerClient } from './worker-client.js';

const FORMAT_NAMES: Record<string, string> = { lines: 'one value per line', csv: 'CSV', json: 'JSON', ndjson: 'NDJSON', batch: 'v2 batch JSON', har: 'HAR' };
/** The status line is read aloud: it changes at most this often (ms) while a run goes on. */
const SPOKEN_EVERY_MS = 2000;

/** The check-and-fix view: the input, the run in the worker with its progress, then problems, the fixed file and what remains. */
export function setUpCheckView(client: WorkerClient, settings: Settings, toDiagnose: (input: { bytes: Uint8Array; name?: string }) => void): void {
  const form = byId<HTMLFormElement>('check-form');
  const textarea = byId<HTMLTextAreaElement>('check-input');
  const input = setUpInput({ textarea, fileInput: byId('check-file'), dropZone: form, status: byId('check-file-status'), exampleButtons: form.querySelectorAll('button[data-example]') });
  const run = byId<HTMLButtonElement>('check-run');
  const cancel = byId<HTMLButtonElement>('check-cancel');
  const progressArea = byId('check-progress-area');
  const progress = byId<HTMLProgressElement>('check-progress');
  const status = byId('check-status');
  const results = byId('check-results');
  const problems = problemTable(byId('problems'), 'Problems found', 'No problem: every record is in the form ThreatConnect accepts and stores.');
  const remaining = problemTable(byId('remaining'), 'Problems not fixed', 'Nothing: every problem was fixed.');
  const output = outputView({ container: byId('output'), changedOnly: byId('output-changed-only'), copy: byId('output-copy'), download: byId('output-download'), status: byId('output-status') });
  const formatSelect = byId<HTMLSelectElement>('check-format');
  const typeSelect = byId<HTMLSelectElement>('check-type');
  let running = false;

  const finish = () => {
    running = false;
    run.disabled = false;
    cancel.hidden = true;
    progressArea.hidden = true;
  };

  const start = () => {
    const given = input.current();
    if (!given) {
      status.textContent = 'Paste indicators, open a file or load an example first.';
      textarea.focus();
      return;
    }
    running = true;
    run.disabled = true;
    cancel.hidden = false;
    results.hidden = true;
    problems.reset();
    remaining.reset();
    output.clear();
    progress.value = 0;
    progressArea.hidden = false;
    status.textContent = 'Checking…';
    let spokenAt = performance.now();
    const bytes = given.bytes.slice();
    const type = typeSelect.value;
    client.send(
      {
        kind: 'check',
        input: { bytes: bytes.buffer, ...(given.name !== undefined && { name: given.name }) },
        format: formatSelect.value as IndicatorFormat | 'auto',
        ...(type !== '' && { type }),
        settings: settings.current(),
      },
      (reply: Reply) => {
        if (reply.kind === 'progress') {
          // loading the IDN tables: an indeterminate bar
          if (reply.phase === 'loading-idn') progress.removeAttribute('value');
          else progress.value = reply.total ? reply.bytes / reply.total : 1;
          const now = performance.now();
          if (now - spokenAt >= SPOKEN_EVERY_MS) {
            spokenAt = now;
            status.textContent = reply.phase === 'loading-idn' ? 'Loading the international domain name tables…' : `Checking: ${plural(reply.records, 'record')} so far, ${plural(reply.problems, 'problem')} (${Math.round(progress.value * 100)}%).`;
          }
        } else if (reply.kind === 'restart') {
          progress.value = 0;
        } else if (reply.kind === 'checked') {
          finish();
          results.hidden = false;
          const rowsOf = (table: ProblemTable) => ({ total: reply.rows[table], slice: (from: number, to: number) => fetchRows(reply.id, table, from, to) });
          problems.show(rowsOf('problems'));
          remaining.show(rowsOf('remaining'));
          status.textContent = `Done. ${summaryOf(reply.totals, reply.format)}`;
          output.show({ input: given.bytes, output: new Uint8Array(reply.output), format: reply.format, changedLines: reply.changedLines, ...(given.name !== undefined && { name: given.name }) });
          if (!reply.written) status.textContent += ` The fixed file is incomplete: ${reply.notWritten ?? 'the input could not be read completely'}.`;
        } else if (reply.kind === 'wrong-format') {
          finish();
          status.replaceChildren(reply.message);
          if (reply.format === 'har') {
            const go = el('button', { type: 'button' }, 'Diagnose it');
            go.addEventListener('click', () => toDiagnose(given));
            status.append(' ', go);
          }
        } else if (reply.kind === 'failed') {
          finish();
          status.replaceChildren(reply.message, ...(reply.problems?.length ? [el('ul', {}, ...reply.problems.map((p) => el('li', {}, p)))] : []));
        }
      },
      [bytes.buffer],
    );
  };

  /** Rows of the last check's tables, from the worker, which keeps them. */
  const fetchRows = (check: number, table: ProblemTable, from: number, to: number) =>
    new Promise<ProblemRow[]>((resolve) => {
      client.send({ kind: 'rows', check, table, from, to }, (reply) => {
        if (reply.kind === 'rows') resolve(reply.rows);
        else {
          if (reply.kind === 'failed') status.textContent = reply.message;
          resolve([]);
        }
      });
    });

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (!running) start();
  });
  cancel.addEventListener('click', () => client.cancel());
  input.onLoad(() => {
    status.textContent = '';
  });
}

function summaryOf(totals: Totals, format: IndicatorFormat): string {
  const found = totals.errors + totals.warnings;
  const parts = [`${plural(totals.records, 'record')} read as ${FORMAT_NAMES[format] ?? format}.`];
  if (found === 0) parts.push('No problem found.');
  else parts.push(`${plural(found, 'problem')} found (${plural(totals.errors, 'error')}, ${plural(totals.warnings, 'warning')}).`);
  parts.push(`${plural(totals.fixedRecords, 'record')} fixed.`);
  const left = totals.remainingErrors + totals.remainingWarnings;
  if (found > 0) parts.push(left === 0 ? 'Nothing left to fix.' : `Not fixed: ${plural(totals.remainingErrors, 'error')}, ${plural(totals.remainingWarnings, 'warning')}.`);
  return parts.join(' ');
}

