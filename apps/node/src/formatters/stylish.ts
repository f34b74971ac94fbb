import type { RecordReport } from '../report.js';
import { redactText } from '../secrets.js';
import { palette } from './ansi.js';
import { displayPath, plural, recordLocation } from './location.js';
import { reportSecrets } from './safe.js';
import { whole, type StreamingFormatterFactory } from './types.js';

/** ESLint-style text: problems grouped under their file, a summary at the end. */
export const stylishStreaming: StreamingFormatterFactory = () => {
  let current: string | undefined;
  let errors = 0;
  let warnings = 0;
  let fixableErrors = 0;
  let fixableWarnings = 0;
  return {
    start: () => '',
    add(report: RecordReport, context) {
      if (report.messages.length === 0) return '';
      const c = palette(context.color);
      const secrets = reportSecrets(report.subject);
      let out = '';
      if (report.source !== current) {
        out += `${current === undefined ? '' : '\n'}${c.underline(displayPath(report.source, context.cwd))}\n`;
        current = report.source;
      }
      for (const m of report.messages) {
        const where = recordLocation(report) + (m.field ? ` (${m.field})` : '');
        const severity = m.severity === 'error' ? c.red('error  ') : c.yellow('warning');
        out += `  ${c.dim(where.padEnd(8))}  ${severity}  ${redactText(m.message, secrets)}  ${c.dim(m.ruleId)}\n`;
      }
      errors += report.errorCount;
      warnings += report.warningCount;
      fixableErrors += report.fixableErrorCount;
      fixableWarnings += report.fixableWarningCount;
      return out;
    },
    end(context) {
      const total = errors + warnings;
      if (total === 0) return '';
      const c = palette(context.color);
      const paint = errors ? c.red : c.yellow;
      let out = `\n${paint(c.bold(`✖ ${plural(total, 'problem')} (${plural(errors, 'error')}, ${plural(warnings, 'warning')})`))}\n`;
      if (fixableErrors + fixableWarnings > 0) {
        out += paint(c.bold(`  ${plural(fixableErrors, 'error')} and ${plural(fixableWarnings, 'warning')} potentially fixable with the \`--fix\` option.`)) + '\n';
      }
      return out;
    },
  };
};

export const stylish = whole(stylishStreaming);
