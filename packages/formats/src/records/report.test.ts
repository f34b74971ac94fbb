import { createEngine, indicator } from '@tclint/core';
import { testAsn } from '@tclint/test-plugins';
import { describe, expect, it } from 'vitest';
import { recordReport, totals } from './report.js';

describe('recordReport', () => {
  const engine = createEngine({ config: [testAsn.configs.recommended] });
  const base = { source: 's', line: 1, path: null, index: 0, raw: 'AS 1', origin: { format: 'lines' as const } };

  it('carries the result, the fixed output and the counts', () => {
    const subject = indicator('ASN', { 'AS Number': 'AS 1' });
    const report = recordReport({ ...base, subject }, engine.fix(subject));
    expect(report).toMatchObject({ source: 's', line: 1, messages: [], errorCount: 0, output: { values: { 'AS Number': 'ASN1' } } });
    const checked = recordReport({ ...base, subject }, engine.check(subject));
    expect(checked).toMatchObject({ errorCount: 1, fixableErrorCount: 1 });
    expect(checked.output).toBeUndefined();
    expect(totals([report, checked, checked])).toEqual({ errorCount: 2, warningCount: 0, fixableErrorCount: 2, fixableWarningCount: 0 });
  });

  it('turns a read error into one error message', () => {
    const report = recordReport({ ...base, error: { message: 'invalid JSON on line 1, column 2', line: 1, column: 2 } });
    expect('subject' in report).toBe(false);
    expect(report).toMatchObject({ errorCount: 1, readError: { column: 2 }, messages: [{ ruleId: 'tclint/read-error', severity: 'error', message: 'invalid JSON on line 1, column 2' }] });
  });
});
