import { redactText } from '../secrets.js';
import { palette } from './ansi.js';
import { displayPath, recordLocation } from './location.js';
import { reportSecrets } from './safe.js';
import type { DiagnoseFormatter } from './types.js';

/** Human-readable diagnoses: class and message, then the evidence and the remedies. */
export const diagnoseStylish: DiagnoseFormatter = (reports, context) => {
  const c = palette(context.color);
  let out = '';
  for (const report of reports) {
    const secrets = reportSecrets(report.result?.subject);
    const where = `${displayPath(report.source, context.cwd)} ${recordLocation(report)}`;
    if (report.readError) {
      out += `${c.underline(where)}\n  ${c.red('error')}  ${report.readError.message}  ${c.dim('tclint/read-error')}\n\n`;
      continue;
    }
    const diagnoses = report.result?.diagnoses ?? [];
    if (!diagnoses.length) continue;
    out += `${c.underline(where)}\n`;
    for (const d of diagnoses) {
      const severity = d.severity === 'error' ? c.red('error') : c.yellow('warning');
      out += `  ${severity}  [${d.classId}] ${redactText(d.message, secrets)}  ${c.dim(d.ruleId)}\n`;
      for (const e of d.evidence) out += `      found: ${redactText(e, secrets)}\n`;
      for (const r of d.remedies) out += `      ${c.green('fix:')} ${redactText(r, secrets)}\n`;
      if (d.docsUrl) out += `      ${c.dim(d.docsUrl)}\n`;
    }
    out += '\n';
  }
  return out;
};
