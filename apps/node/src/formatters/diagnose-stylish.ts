import { redactText, secretsOf } from '@tclint/diagnosis';
import { palette } from './ansi.js';
import { displayPath, recordLocation } from './location.js';
import type { DiagnoseReport } from '@tclint/diagnosis';
import { whole, type DiagnoseFormatter, type DiagnoseStreamingFormatterFactory, type FormatterContext } from './types.js';

/** Human-readable diagnoses: class and message, then the evidence and the remedies; written as diagnoses arrive. */
export const diagnoseStylishStreaming: DiagnoseStreamingFormatterFactory = () => ({
  start: () => '',
  add: stylishDiagnoses,
  end: () => '',
});

export const diagnoseStylish: DiagnoseFormatter = whole(diagnoseStylishStreaming);

function stylishDiagnoses(report: DiagnoseReport, context: FormatterContext): string {
  const c = palette(context.color);
  const secrets = secretsOf(report.result?.subject);
  const where = `${displayPath(report.source, context.cwd)} ${recordLocation(report)}`;
  if (report.readError) return `${c.underline(where)}\n  ${c.red('error')}  ${report.readError.message}  ${c.dim('tclint/read-error')}\n\n`;
  const diagnoses = report.result?.diagnoses ?? [];
  if (!diagnoses.length) return '';
  let out = `${c.underline(where)}\n`;
  for (const d of diagnoses) {
    const severity = d.severity === 'error' ? c.red('error') : c.yellow('warning');
    out += `  ${severity}  [${d.classId}] ${redactText(d.message, secrets)}  ${c.dim(d.ruleId)}\n`;
    for (const e of d.evidence) out += `      found: ${redactText(e, secrets)}\n`;
    for (const r of d.remedies) out += `      ${c.green('fix:')} ${redactText(r, secrets)}\n`;
    if (d.docsUrl) out += `      ${c.dim(d.docsUrl)}\n`;
  }
  return `${out}\n`;
}
