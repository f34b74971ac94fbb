import type { RecordReport } from '@tclint/formats';
import { redactText, secretsOf } from '@tclint/diagnosis';
import { displayPath, plural } from './location.js';
import { whole, type StreamingFormatterFactory } from './types.js';

/** One line per problem: `file: line 3, Error - message (rule)`. */
export const compactStreaming: StreamingFormatterFactory = () => {
  let total = 0;
  return {
    start: () => '',
    add(report: RecordReport, context) {
      const secrets = secretsOf(report.subject);
      let out = '';
      for (const m of report.messages) {
        total++;
        const where = report.line !== null ? `line ${report.line}` : (report.path ?? 'document');
        const field = m.field ? ` [${m.field}]` : '';
        out += `${displayPath(report.source, context.cwd)}: ${where}${field}, ${m.severity === 'error' ? 'Error' : 'Warning'} - ${redactText(m.message, secrets)} (${m.ruleId})\n`;
      }
      return out;
    },
    end: () => (total ? `\n${plural(total, 'problem')}\n` : ''),
  };
};

export const compact = whole(compactStreaming);
