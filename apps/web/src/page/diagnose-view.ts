import type { DiagnoseFormat, DiagnoseReportView, DiagnosisView, Reply } from '../protocol.js';
import { byId, el, plural } from './dom.js';
import { setUpInput } from './input-source.js';
import type { Settings } from './settings.js';
import type { WorkerClient } from './worker-client.js';

export interface DiagnoseView {
  /** Diagnoses an input given elsewhere (a HAR file opened in the check view). */
  diagnose(input: { bytes: Uint8Array; name?: string }): void;
}

/** The diagnose view: an error message, a log, exchanges or a HAR file in; `tclint diagnose`'s diagnoses out. */
export function setUpDiagnoseView(client: WorkerClient, settings: Settings): DiagnoseView {
  const form = byId<HTMLFormElement>('diagnose-form');
  const textarea = byId<HTMLTextAreaElement>('diagnose-input');
  const input = setUpInput({ textarea, fileInput: byId('diagnose-file'), dropZone: form, status: byId('diagnose-file-status'), exampleButtons: form.querySelectorAll('button[data-example]') });
  const run = byId<HTMLButtonElement>('diagnose-run');
  const status = byId('diagnose-status');
  const results = byId('diagnose-results');
  const formatSelect = byId<HTMLSelectElement>('diagnose-format');
  const secret = byId<HTMLInputElement>('diagnose-secret');

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (run.disabled) return;
    const given = input.current();
    if (!given) {
      status.textContent = 'Paste an error message, open a file or load the example first.';
      textarea.focus();
      return;
    }
    run.disabled = true;
    results.replaceChildren();
    status.textContent = 'Diagnosing…';
    const bytes = given.bytes.slice();
    client.send(
      {
        kind: 'diagnose',
        input: { bytes: bytes.buffer, ...(given.name !== undefined && { name: given.name }) },
        format: formatSelect.value as DiagnoseFormat | 'auto',
        ...(secret.value !== '' && { secretKey: secret.value }),
        settings: settings.current(),
      },
      (reply: Reply) => {
        if (reply.kind === 'progress' || reply.kind === 'rows' || reply.kind === 'restart') return;
        run.disabled = false;
        if (reply.kind === 'diagnosed') {
          const diagnosed = reply.reports.filter((r) => r.diagnoses.length || r.readError);
          status.textContent = diagnosed.length ? `Done: ${plural(diagnosed.length, 'failure')} diagnosed.` : 'Nothing to diagnose: no failed ThreatConnect API call was found.';
          results.replaceChildren(...reply.reports.map((report) => reportSection(report, reply.format)));
        } else if (reply.kind === 'wrong-format' || reply.kind === 'failed') {
          status.textContent = reply.message;
        }
      },
      [bytes.buffer],
    );
  });
  input.onLoad(() => {
    status.textContent = '';
  });
  return {
    diagnose(given) {
      input.load(given.name ?? 'pasted text', given.bytes);
      form.requestSubmit();
    },
  };
}

function where(report: DiagnoseReportView, format: string): string {
  if (report.line !== null) return format === 'lines' ? `Line ${report.line}` : `Record at line ${report.line}`;
  if (report.path !== null) return `Entry ${report.path}`;
  return `Entry ${report.index + 1}`;
}

function reportSection(report: DiagnoseReportView, format: string): HTMLElement {
  const section = el('section', { class: 'report', 'data-index': report.index }, el('h3', {}, where(report, format)));
  if (report.summary !== undefined) section.append(el('p', { class: 'exchange' }, el('code', {}, report.summary)));
  if (report.readError !== undefined) section.append(el('p', { class: 'severity-error' }, `Could not be read: ${report.readError}`));
  for (const diagnosis of report.diagnoses) section.append(diagnosisBlock(diagnosis));
  return section;
}

function diagnosisBlock(d: DiagnosisView): HTMLElement {
  const rule = d.docsUrl ? el('a', { href: d.docsUrl, target: '_blank', rel: 'noopener noreferrer' }, d.ruleId) : el('code', {}, d.ruleId);
  const block = el(
    'div',
    { class: 'diagnosis', 'data-class': d.classId },
    el('p', {}, el('span', { class: `severity-${d.severity}` }, d.severity), ' ', el('strong', { class: 'class-id' }, d.classId), ' (', rule, ')'),
    el('p', { class: 'message' }, d.message),
  );
  if (d.evidence.length) block.append(el('h4', {}, 'What was found'), el('ul', { class: 'evidence' }, ...d.evidence.map((e) => el('li', {}, e))));
  if (d.remedies.length) block.append(el('h4', {}, 'What to do'), el('ul', { class: 'remedies' }, ...d.remedies.map((r) => el('li', {}, r))));
  if (d.fix.length) block.append(el('h4', {}, 'Corrected request'), el('ul', { class: 'fix' }, ...d.fix.map((f) => el('li', {}, el('code', {}, f.field), ': ', el('code', {}, f.value)))));
  return block;
}
