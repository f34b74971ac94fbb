import { exchangeSubject, messageSubject } from '@tclint/core';
import { describe, expect, it } from 'vitest';
import { lintInput } from '../input/lint-input.js';
import { createLinter } from '@tclint/preset';
import { diagnoseReport } from '@tclint/diagnosis';
import { recordReport, type RecordReport } from '@tclint/formats';
import { TEST_PLUGINS } from '@tclint/test-plugins';
import { collect, tempDir } from '../testing/temp.js';
import {
  compact,
  diagnoseJson,
  diagnoseJsonStreaming,
  diagnoseStylish,
  diagnoseStylishStreaming,
  FormatterNotFoundError,
  json,
  jsonStreaming,
  loadFormatter,
  sarif,
  SARIF_SCHEMA,
  stylish,
  stylishStreaming,
  STYLISH_WINDOW,
  type FormatterContext,
} from './index.js';

const linter = createLinter({ plugins: TEST_PLUGINS });

async function reportsFor(files: Record<string, string>, name: string, options: { fix?: boolean; type?: string } = {}) {
  const t = tempDir(files);
  return { t, reports: await collect(lintInput(linter, t.path(name), options)) };
}

const context = (cwd: string, extra: Partial<FormatterContext> = {}): FormatterContext => ({ cwd, color: false, rules: linter.rules(), ...extra });

describe('json formatter', () => {
  it('prints the CLI contract: one object per record', async () => {
    const { t, reports } = await reportsFor({ 'l.txt': 'AS 1\n\nASN64512\nzzz\n' }, 'l.txt', { type: 'ASN' });
    const out = JSON.parse(json(reports, context(t.dir)));
    expect(out).toEqual([
      {
        source: t.path('l.txt'),
        line: 1,
        path: null,
        type: 'ASN',
        values: { 'AS Number': 'AS 1' },
        output: { 'AS Number': 'AS 1' },
        messages: [{ ruleId: 'asn/prefix', severity: 'error', message: 'AS number "AS 1" must be written as ASN1', field: 'AS Number', fix: { field: 'AS Number', value: 'ASN1' } }],
      },
      {
        source: t.path('l.txt'),
        line: 3,
        path: null,
        type: 'ASN',
        values: { 'AS Number': 'ASN64512' },
        output: { 'AS Number': 'ASN64512' },
        messages: [{ ruleId: 'asn/private', severity: 'warning', message: 'AS number ASN64512 is private', field: 'AS Number', fix: null }],
      },
      {
        source: t.path('l.txt'),
        line: 4,
        path: null,
        type: 'ASN',
        values: { 'AS Number': 'zzz' },
        output: { 'AS Number': 'zzz' },
        messages: [{ ruleId: 'asn/prefix', severity: 'error', message: 'AS number "zzz" is not a number', field: 'AS Number', fix: null }],
      },
    ]);
  });

  it('shows the fixed output after --fix, paths for JSON input, read errors and unknown types', async () => {
    const { t, reports } = await reportsFor({ 'b.json': '[{"type":"ASN","AS Number":"AS 2"}, 5]' }, 'b.json', { fix: true });
    const out = JSON.parse(json(reports, context(t.dir)));
    expect(out[0]).toMatchObject({ line: null, path: '[0]', values: { 'AS Number': 'AS 2' }, output: { 'AS Number': 'ASN2' }, messages: [] });
    expect(out[1]).toEqual({ source: t.path('b.json'), line: null, path: '[1]', type: null, values: null, output: null, messages: [{ ruleId: 'tclint/read-error', severity: 'error', message: '[1]: expected a JSON object, got a number', field: null, fix: null }] });
    const unknown = await reportsFor({ 'u.txt': '???\n' }, 'u.txt');
    const [record] = JSON.parse(json(unknown.reports, context(unknown.t.dir)));
    expect(record).toMatchObject({ type: null, values: null, output: null, messages: [{ ruleId: 'tclint/unknown-type' }] });
  });

  it('streams the same text as the whole formatter', async () => {
    const { t, reports } = await reportsFor({ 'l.txt': 'AS 1\nASN2\n' }, 'l.txt', { type: 'ASN' });
    const streaming = jsonStreaming();
    const ctx = context(t.dir);
    const text = streaming.start(ctx) + reports.map((r) => streaming.add(r, ctx)).join('') + streaming.end(ctx);
    expect(text).toBe(json(reports, ctx));
    expect(json([], ctx)).toBe('[]\n');
  });
});

describe('stylish formatter', () => {
  it('groups problems under the file, relative to cwd, with a summary; no colour unless asked', async () => {
    const { t, reports } = await reportsFor({ 'l.txt': 'AS 1\nASN64512\n' }, 'l.txt', { type: 'ASN' });
    const text = stylish(reports, context(t.dir));
    expect(text).toBe(
      'l.txt\n' +
        '  1 (AS Number)  error    AS number "AS 1" must be written as ASN1  asn/prefix\n' +
        '  2 (AS Number)  warning  AS number ASN64512 is private  asn/private\n' +
        '\n✖ 2 problems (1 error, 1 warning)\n' +
        '  1 error and 0 warnings potentially fixable with the `--fix` option.\n',
    );
    expect(text).not.toContain('\u001b[');
    expect(stylish(reports, context(t.dir, { color: true }))).toContain('\u001b[31m');
  });

  it('prints nothing for clean input', async () => {
    const { t, reports } = await reportsFor({ 'l.txt': 'ASN1\n' }, 'l.txt');
    expect(stylish(reports, context(t.dir))).toBe('');
  });

  it('aligns the severity column of a file whatever the width of the locations', async () => {
    const lines = Array.from({ length: 12 }, (_, i) => (i === 0 ? 'AS 1' : i === 11 ? 'AS 12' : 'ASN1'));
    const { t, reports } = await reportsFor({ 'l.txt': `${lines.join('\n')}\n`, 'b.json': '[{"type":"ASN","AS Number":"AS 2"},{"summary":"AS 3"},5]' }, 'l.txt', { type: 'ASN' });
    const json = await collect(lintInput(linter, t.path('b.json')));
    const text = stylish([...reports, ...json], context(t.dir, { color: true }));
    // colour codes do not count: the columns are aligned as the reader sees them
    const plain = text.replace(/\u001b\[\d+m/g, '');
    expect(plain).toBe(
      'l.txt\n' +
        '  1 (AS Number)   error    AS number "AS 1" must be written as ASN1  asn/prefix\n' +
        '  12 (AS Number)  error    AS number "AS 12" must be written as ASN12  asn/prefix\n' +
        '\n' +
        'b.json\n' +
        '  [0] (AS Number)  error    AS number "AS 2" must be written as ASN2  asn/prefix\n' +
        '  [1] (AS Number)  error    AS number "AS 3" must be written as ASN3  asn/prefix\n' +
        '  [2]              error    [2]: expected a JSON object, got a number  tclint/read-error\n' +
        '\n✖ 5 problems (5 errors, 0 warnings)\n' +
        '  4 errors and 0 warnings potentially fixable with the `--fix` option.\n',
    );
  });

  it('streams the same text as the whole formatter, holding back at most a window of lines', () => {
    const report = (line: number): RecordReport => ({
      source: 'many.txt',
      line,
      path: null,
      index: line - 1,
      messages: [{ ruleId: 'asn/prefix', severity: 'error', message: 'm', field: 'AS Number' }],
      errorCount: 1,
      warningCount: 0,
      fixableErrorCount: 0,
      fixableWarningCount: 0,
    });
    const reports = [...Array.from({ length: STYLISH_WINDOW + 10 }, (_, i) => report(i + 1)), report(1_000_000)];
    const streaming = stylishStreaming();
    const ctx = context('/');
    const chunks = [streaming.start(ctx), ...reports.map((r) => streaming.add(r, ctx)), streaming.end(ctx)];
    expect(chunks.join('')).toBe(stylish(reports, ctx));
    // the first window is written as soon as it is full, before the input ends
    expect(chunks.slice(0, STYLISH_WINDOW + 1).join('').split('\n')).toHaveLength(STYLISH_WINDOW + 2);
    const lines = chunks.join('').split('\n').filter((l) => l.includes('asn/prefix'));
    const severityAt = (l: string) => l.indexOf('error');
    // the first window is aligned to its widest location; the next one to the widest so far, so it only grows
    expect(new Set(lines.slice(0, STYLISH_WINDOW).map(severityAt))).toEqual(new Set([`  ${STYLISH_WINDOW} (AS Number)  `.length]));
    expect(new Set(lines.slice(STYLISH_WINDOW).map(severityAt))).toEqual(new Set(['  1000000 (AS Number)  '.length]));
  });
});

describe('compact formatter', () => {
  it('prints one line per problem', async () => {
    const { t, reports } = await reportsFor({ 'b.json': '{"indicator":[{"type":"ASN","summary":"AS 3"}]}' }, 'b.json');
    expect(compact(reports, context(t.dir))).toBe('b.json: indicator[0] [AS Number], Error - AS number "AS 3" must be written as ASN3 (asn/prefix)\n\n1 problem\n');
  });
});

describe('sarif formatter', () => {
  it('writes SARIF 2.1.0 with the rules and results located by file and line', async () => {
    const { t, reports } = await reportsFor({ 'dir/l.txt': 'AS 1\n\nASN64512\n' }, 'dir/l.txt', { type: 'ASN' });
    const text = sarif(reports, context(t.dir));
    const log = JSON.parse(text);
    expect(log.version).toBe('2.1.0');
    expect(log.$schema).toBe('https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json');
    expect(SARIF_SCHEMA).toBe(log.$schema);
    expect(text.startsWith('{"$schema":')).toBe(true);
    expect(log.runs).toHaveLength(1);
    const run = log.runs[0];
    const rules = run.tool.driver.rules;
    const prefixIndex = rules.findIndex((r: { id: string }) => r.id === 'asn/prefix');
    expect(rules[prefixIndex]).toMatchObject({ id: 'asn/prefix', helpUri: 'https://example.test/asn#prefix', shortDescription: { text: 'AS numbers are written ASN<n>' }, defaultConfiguration: { level: 'error' } });
    expect(run.results).toEqual([
      {
        ruleId: 'asn/prefix',
        ruleIndex: prefixIndex,
        level: 'error',
        message: { text: 'AS number "AS 1" must be written as ASN1' },
        locations: [{ physicalLocation: { artifactLocation: { uri: 'dir/l.txt', uriBaseId: '%SRCROOT%' }, region: { startLine: 1 } }, logicalLocations: [{ fullyQualifiedName: 'AS Number', kind: 'member' }] }],
      },
      expect.objectContaining({ ruleId: 'asn/private', level: 'warning', locations: [expect.objectContaining({ physicalLocation: { artifactLocation: { uri: 'dir/l.txt', uriBaseId: '%SRCROOT%' }, region: { startLine: 3 } } })] }),
    ]);
    expect(run.originalUriBaseIds['%SRCROOT%'].uri).toMatch(/^file:\/\/.*\/$/);
  });

  it('locates JSON records logically and read errors by column', async () => {
    const { t, reports } = await reportsFor({ 'b.json': '[{"type":"ASN","AS Number":"AS 2"}]', 'x.ndjson': '{"type":"ASN","AS Number":"ASN1"}\n{oops\n' }, 'b.json');
    const [result] = JSON.parse(sarif(reports, context(t.dir))).runs[0].results;
    expect(result.locations[0]).toEqual({ physicalLocation: { artifactLocation: { uri: 'b.json', uriBaseId: '%SRCROOT%' } }, logicalLocations: [{ fullyQualifiedName: '[0]/AS Number', kind: 'member' }] });
    const nd = await collect(lintInput(linter, t.path('x.ndjson')));
    const [readError] = JSON.parse(sarif(nd, context(t.dir))).runs[0].results;
    expect(readError).toMatchObject({ ruleId: 'tclint/read-error', locations: [{ physicalLocation: { region: { startLine: 2, startColumn: 2 } } }] });
  });
});

describe('secrets never printed', () => {
  const secretKey = 'very-secret-key-0123456789';
  const authorization = 'TC 12345:SGVsbG9TaWduYXR1cmVWYWx1ZQ==';
  const exchange = exchangeSubject({
    request: { method: 'GET', url: '/api/v3/indicators?owner=x', headers: { Authorization: authorization, Timestamp: '1700000000' } },
    response: { status: 401, headers: {}, body: JSON.stringify({ status: 'Error', message: `Signature data did not match ${secretKey}` }) },
    secretKey,
  });

  it('diagnose JSON masks the Authorization fix and redacts the header value and secret key', () => {
    const result = linter.diagnose(exchange);
    const item = { source: 'x.har', line: null, path: 'log.entries[0]', index: 0, raw: '', subject: exchange, origin: { format: 'har' as const } };
    const text = diagnoseJson([diagnoseReport(item, result)], context('/'));
    expect(text).not.toContain('SGVsbG9TaWduYXR1cmVWYWx1ZQ==');
    expect(text).not.toContain('resignedSignatureValue');
    expect(text).not.toContain(secretKey);
    const [record] = JSON.parse(text);
    expect(record).toMatchObject({ source: 'x.har', index: 0 });
    expect(record.diagnoses[0]).toEqual({
      classId: 'signature',
      ruleId: 'signature/mismatch',
      severity: 'error',
      message: 'The request signature did not match',
      evidence: ['Authorization header was [REDACTED]'],
      remedies: ['Sign the path with its query string'],
      fix: { field: 'request.headers.Authorization', value: '[REDACTED]' },
    });
    const human = diagnoseStylish([diagnoseReport(item, result)], context('/'));
    expect(human).toContain('[signature] The request signature did not match');
    expect(human).not.toContain('SGVsbG9TaWduYXR1cmVWYWx1ZQ==');
  });

  it('record formatters mask exchange credentials too', () => {
    const item = { source: 'x.har', line: null, path: 'log.entries[0]', index: 0, raw: '', subject: exchange, origin: { format: 'har' as const } };
    const report: RecordReport = recordReport(item, linter.check(exchange));
    for (const format of [json, stylish, compact, sarif]) {
      const text = format([report], context('/'));
      expect(text).toContain('signature');
      expect(text).not.toContain('SGVsbG9TaWduYXR1cmVWYWx1ZQ==');
      expect(text).not.toContain('resignedSignatureValue');
      expect(text).not.toContain(secretKey);
    }
  });
});

describe('loadFormatter', () => {
  it('returns built-ins by name', async () => {
    expect(await loadFormatter('json')).toBe(json);
  });

  it('resolves custom formatters like plugins: tclint-formatter-<name>, scoped, bare, paths', async () => {
    const t = tempDir({
      'node_modules/tclint-formatter-count/package.json': JSON.stringify({ name: 'tclint-formatter-count', type: 'module', exports: { '.': { import: './index.js' } } }),
      'node_modules/tclint-formatter-count/index.js': 'export default (reports) => `count=${reports.length}`;',
      'node_modules/@acme/tclint-formatter-x/package.json': JSON.stringify({ name: '@acme/tclint-formatter-x', main: 'main.cjs' }),
      'node_modules/@acme/tclint-formatter-x/main.cjs': 'module.exports = () => "acme";',
      'node_modules/plain/package.json': JSON.stringify({ name: 'plain' }),
      'node_modules/plain/index.js': 'exports.format = () => "plain";',
      'local.mjs': 'export default () => "local";',
      'node_modules/not-a-function/package.json': JSON.stringify({ name: 'not-a-function', main: 'i.js' }),
      'node_modules/not-a-function/i.js': 'module.exports = { x: 1 };',
    });
    const cwd = `${t.dir}/`;
    expect((await loadFormatter('count', { cwd: t.dir }))([], context(cwd))).toBe('count=0');
    expect((await loadFormatter('@acme/x', { cwd: t.dir }))([], context(cwd))).toBe('acme');
    expect((await loadFormatter('plain', { cwd: t.dir }))([], context(cwd))).toBe('plain');
    expect((await loadFormatter('./local.mjs', { cwd: t.dir }))([], context(cwd))).toBe('local');
    await expect(loadFormatter('not-a-function', { cwd: t.dir })).rejects.toThrow(/does not export a function/);
    const missing = loadFormatter('nope', { cwd: t.dir });
    await expect(missing).rejects.toBeInstanceOf(FormatterNotFoundError);
    await expect(missing).rejects.toThrow('tried "tclint-formatter-nope", "nope"');
  });
});

describe('diagnose formatters', () => {
  const reports = [
    diagnoseReport({ source: 'm.log', line: 1, path: null, index: 0, raw: '', subject: messageSubject('Signature data did not match'), origin: { format: 'lines' } }, linter.diagnose(messageSubject('Signature data did not match'))),
    diagnoseReport({ source: 'm.log', line: 2, path: null, index: 1, raw: '', error: { message: 'invalid UTF-8 at line 2, column 1', line: 2, column: 1 } }),
    diagnoseReport({ source: 'm.log', line: 3, path: null, index: 2, raw: '', subject: messageSubject('odd'), origin: { format: 'lines' } }, linter.diagnose(messageSubject('odd'))),
  ];

  it('the JSON one streams one record per line, the same text as the whole formatter', () => {
    const ctx = context('/');
    const streaming = diagnoseJsonStreaming();
    const chunks = [streaming.start(ctx), ...reports.map((r) => streaming.add(r, ctx)), streaming.end(ctx)];
    const text = chunks.join('');
    expect(text).toBe(diagnoseJson(reports, ctx));
    expect(text.split('\n')).toHaveLength(reports.length + 3);
    expect(chunks[1]).toBe(`\n${JSON.stringify(JSON.parse(text)[0])}`);
    expect(JSON.parse(text).map((r: { index: number; diagnoses: { classId: string }[] }) => [r.index, r.diagnoses.map((d) => d.classId)])).toEqual([
      [0, ['signature']],
      [1, ['read-error']],
      [2, ['unrecognized']],
    ]);
    expect(diagnoseJson([], ctx)).toBe('[]\n');
  });

  it('the stylish one writes each record as it comes', () => {
    const ctx = context('/');
    const streaming = diagnoseStylishStreaming();
    const chunks = reports.map((r) => streaming.add(r, ctx));
    expect(streaming.start(ctx) + chunks.join('') + streaming.end(ctx)).toBe(diagnoseStylish(reports, ctx));
    expect(chunks[0]).toContain('m.log 1\n  error  [signature]');
    expect(chunks[1]).toBe('m.log 2\n  error  invalid UTF-8 at line 2, column 1  tclint/read-error\n\n');
  });
});
