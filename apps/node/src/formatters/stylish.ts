import type { RecordReport } from '@tclint/formats';
import { redactText, secretsOf } from '@tclint/diagnosis';
import { palette } from './ansi.js';
import { displayPath, plural, recordLocation } from './location.js';
import { whole, type FormatterContext, type StreamingFormatterFactory } from './types.js';

/** Message lines aligned together at most; a file with more problems keeps the widest column seen so far. */
export const STYLISH_WINDOW = 256;

/**
 * ESLint-style text: problems grouped under their file, a summary at the end.
 * The location column (line or JSON path, and the field) is as wide as the
 * widest location of the file. To keep memory flat the lines of a file are
 * held back in windows of `STYLISH_WINDOW` lines; past the first window the
 * column only grows.
 */
export const stylishStreaming: StreamingFormatterFactory = () => {
  let current: string | undefined;
  let width = 0;
  let held: { where: string; rest: string }[] = [];
  let errors = 0;
  let warnings = 0;
  let fixableErrors = 0;
  let fixableWarnings = 0;
  const flush = (context: FormatterContext) => {
    if (!held.length) return '';
    const c = palette(context.color);
    for (const line of held) width = Math.max(width, line.where.length);
    const out = held.map((line) => `  ${c.dim(line.where.padEnd(width))}  ${line.rest}\n`).join('');
    held = [];
    return out;
  };
  return {
    start: () => '',
    add(report: RecordReport, context) {
      if (report.messages.length === 0) return '';
      const c = palette(context.color);
      const secrets = secretsOf(report.subject);
      let out = '';
      if (report.source !== current) {
        out += flush(context);
        out += `${current === undefined ? '' : '\n'}${c.underline(displayPath(report.source, context.cwd))}\n`;
        current = report.source;
        width = 0;
      }
      for (const m of report.messages) {
        const where = recordLocation(report) + (m.field ? ` (${m.field})` : '');
        const severity = m.severity === 'error' ? c.red('error  ') : c.yellow('warning');
        held.push({ where, rest: `${severity}  ${redactText(m.message, secrets)}  ${c.dim(m.ruleId)}` });
        if (held.length >= STYLISH_WINDOW) out += flush(context);
      }
      errors += report.errorCount;
      warnings += report.warningCount;
      fixableErrors += report.fixableErrorCount;
      fixableWarnings += report.fixableWarningCount;
      return out;
    },
    end(context) {
      const lines = flush(context);
      const total = errors + warnings;
      if (total === 0) return lines;
      const c = palette(context.color);
      const paint = errors ? c.red : c.yellow;
      let out = `${lines}\n${paint(c.bold(`✖ ${plural(total, 'problem')} (${plural(errors, 'error')}, ${plural(warnings, 'warning')})`))}\n`;
      if (fixableErrors + fixableWarnings > 0) {
        out += paint(c.bold(`  ${plural(fixableErrors, 'error')} and ${plural(fixableWarnings, 'warning')} potentially fixable with the \`--fix\` option.`)) + '\n';
      }
      return out;
    },
  };
};

export const stylish = whole(stylishStreaming);
