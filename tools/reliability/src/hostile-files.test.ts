import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliMissing, RAW_CONTROL, runCli, STACK_FRAME, type CliRun } from './cli.js';
import { tempDir } from './temp-dir.js';

/*
 * The real, built `tclint` command on hostile files. Every case checks: a
 * clear message that says where the problem is, the documented exit code
 * (2: an input or record could not be read; 1: problems found), no stack
 * trace and no raw control character on either stream, and that the other
 * records of the file are still checked (and, for `fix`, written: as many
 * records out as in).
 */

const missing = cliMissing();
if (missing) console.warn(`[reliability] skipping the hostile-file tests: ${missing}`);

interface JsonRecord {
  source: string;
  line: number | null;
  path: string | null;
  values: Record<string, string> | null;
  output: Record<string, string> | null;
  messages: { ruleId: string; severity: string; message: string }[];
}

let dir = '';
let remove = () => {};
beforeAll(() => ({ dir, remove } = tempDir('hostile')));
afterAll(() => remove());

const MB = 1 << 20;
const write = (name: string, content: string | Buffer) => writeFileSync(join(dir, name), content);
const run = (args: readonly string[]) => runCli(args, { cwd: dir });

/** No stack trace, no raw control character (a NUL or ESC in a message would reach the terminal). */
function expectClean(result: CliRun): void {
  expect(result.err, 'stack trace on stderr').not.toMatch(STACK_FRAME);
  expect(result.out, 'stack trace on stdout').not.toMatch(STACK_FRAME);
  expect(RAW_CONTROL.test(result.err), `raw control character on stderr: ${JSON.stringify(result.err.slice(0, 500))}`).toBe(false);
  expect(RAW_CONTROL.test(result.out), `raw control character on stdout: ${JSON.stringify(result.out.slice(0, 500))}`).toBe(false);
  expect(result.signal).toBe(null);
}

function records(result: CliRun): JsonRecord[] {
  return JSON.parse(result.out) as JsonRecord[];
}

/** The records at these lines, with their first message. */
function byLine(list: readonly JsonRecord[], line: number): JsonRecord | undefined {
  return list.find((r) => r.line === line);
}

describe.skipIf(missing !== undefined)('hostile files given to the tclint command', () => {
  it('invalid UTF-8 on one line: reported at that line (exit 2); the other lines are checked and fixed', async () => {
    write('bad-utf8.txt', Buffer.concat([Buffer.from('AS 1\n'), Buffer.from([0xff, 0xfe, 0x41, 0x53, 0x20, 0x32]), Buffer.from('\nAS 3\n')]));
    const stylish = await run(['check', '--type', 'asn', 'bad-utf8.txt']);
    expectClean(stylish);
    expect(stylish.code).toBe(2);
    expect(stylish.out + stylish.err).toMatch(/UTF-8/);

    const json = await run(['check', '--type', 'asn', '--format', 'json', 'bad-utf8.txt']);
    expectClean(json);
    expect(json.code).toBe(2);
    const list = records(json);
    expect(byLine(list, 2)?.messages[0]?.message).toMatch(/invalid UTF-8 at line 2/);
    expect(byLine(list, 1)?.messages.map((m) => m.ruleId)).toContain('asn/format');
    expect(byLine(list, 3)?.messages.map((m) => m.ruleId)).toContain('asn/format');

    const fix = await run(['fix', '--type', 'asn', 'bad-utf8.txt']);
    expectClean(fix);
    expect(fix.code).toBe(2);
    // three lines in, three lines out; the unreadable one byte for byte
    expect(fix.stdout).toEqual(Buffer.concat([Buffer.from('ASN1\n'), Buffer.from([0xff, 0xfe, 0x41, 0x53, 0x20, 0x32]), Buffer.from('\nASN3\n')]));
  });

  it('a NUL byte inside a value: reported at its line without printing the NUL (exit 1); the other lines are checked', async () => {
    write('nul.txt', 'AS 1\nAS\u00002\nAS 3\n');
    for (const args of [['check', '--type', 'asn', 'nul.txt'], ['check', 'nul.txt']]) {
      const result = await run(args);
      expectClean(result);
      expect(result.code, args.join(' ')).toBe(1);
      expect(result.out).toMatch(/^\s+2\b/m);
      expect(result.out).toMatch(/\\u0000|NUL|U\+0000/);
    }
    const json = await run(['check', '--type', 'asn', '--format', 'json', 'nul.txt']);
    expectClean(json);
    const list = records(json);
    expect(list.map((r) => r.line)).toEqual([1, 2, 3]);
    const fix = await run(['fix', '--type', 'asn', 'nul.txt']);
    expect(fix.code).toBe(1);
    expect(fix.out).toBe('ASN1\nAS\u00002\nASN3\n');
  });

  it('a 50 MB single line: reported at its line (exit 2), the other lines are checked, and fix writes the line back unchanged', async () => {
    const long = '1'.repeat(50 * MB);
    write('long-line.txt', `AS 1\n${long}\nAS 3\n`);
    const json = await run(['check', '--type', 'asn', '--format', 'json', 'long-line.txt']);
    expectClean(json);
    expect(json.code).toBe(2);
    const list = records(json);
    expect(byLine(list, 2)?.messages[0]?.message).toMatch(/line 2 .*long/);
    expect(byLine(list, 1)?.messages.length).toBeGreaterThan(0);
    expect(byLine(list, 3)?.messages.length).toBeGreaterThan(0);

    const fix = await run(['fix', '--type', 'asn', 'long-line.txt']);
    expectClean(fix);
    expect(fix.code).toBe(2);
    const lines = fix.out.split('\n');
    expect(lines.length - 1, 'as many lines out as in').toBe(3);
    expect(lines[0]).toBe('ASN1');
    expect(lines[2]).toBe('ASN3');
    // nothing lost: the line tclint could not read is written back as it was
    expect(lines[1]!.length, 'the 50 MB line in fix output').toBe(long.length);
  });

  it('a file that is one 50 MB line: reported, exit 2, no crash', async () => {
    write('one-line.txt', 'A'.repeat(50 * MB));
    const result = await run(['check', '--type', 'asn', 'one-line.txt']);
    expectClean(result);
    expect(result.code).toBe(2);
    expect(result.out + result.err).toMatch(/line 1\b/);
  });

  it('CSV with an unbalanced quote: reported at the row where the quote opens (exit 2); the other rows are checked and written', async () => {
    const csv = 'type,value\nASN,AS 1\nASN,"AS 2\nASN,AS 3\n';
    write('quotes.csv', csv);
    const json = await run(['check', '--format', 'json', 'quotes.csv']);
    expectClean(json);
    expect(json.code).toBe(2);
    const list = records(json);
    expect(byLine(list, 3)?.messages[0]?.message).toMatch(/quote/i);
    expect(byLine(list, 2)?.messages.map((m) => m.ruleId)).toContain('asn/format');
    expect(byLine(list, 4)?.messages.map((m) => m.ruleId)).toContain('asn/format');

    const fix = await run(['fix', 'quotes.csv']);
    expectClean(fix);
    expect(fix.code).toBe(2);
    expect(fix.out).toBe('type,value\nASN,ASN1\nASN,"AS 2\nASN,ASN3\n');
  });

  it('NDJSON truncated mid-record: reported at its line (exit 2); the complete records are checked and written', async () => {
    write('truncated.ndjson', '{"type":"ASN","AS Number":"AS 1"}\n{"type":"ASN","AS Number":"AS 2"}\n{"type":"ASN","AS Nu');
    const json = await run(['check', '--format', 'json', 'truncated.ndjson']);
    expectClean(json);
    expect(json.code).toBe(2);
    const list = records(json);
    expect(byLine(list, 3)?.messages[0]?.message).toMatch(/invalid JSON on line 3/);
    expect(list.filter((r) => r.values !== null).length).toBe(2);

    const fix = await run(['fix', 'truncated.ndjson']);
    expectClean(fix);
    expect(fix.code).toBe(2);
    expect(fix.out).toBe('{"type":"ASN","AS Number":"ASN1"}\n{"type":"ASN","AS Number":"ASN2"}\n{"type":"ASN","AS Nu');
  });

  it('a JSON array truncated mid-record: reported with line and column (exit 2); the complete records before the cut are still checked', async () => {
    write('truncated.json', '[\n{"type":"ASN","AS Number":"AS 1"},\n{"type":"ASN","AS Number":"AS 2"},\n{"type":"ASN","AS Nu');
    const stylish = await run(['check', 'truncated.json']);
    expectClean(stylish);
    expect(stylish.code).toBe(2);
    expect(stylish.out + stylish.err).toMatch(/line 4, column \d+/);
    const json = await run(['check', '--format', 'json', 'truncated.json']);
    expectClean(json);
    const checked = records(json).filter((r) => r.values !== null);
    expect(checked.map((r) => r.values?.['AS Number']), 'records before the cut').toEqual(['AS 1', 'AS 2']);
  });

  it('a HAR file with missing fields: the complete entries are diagnosed; a failed API call that cannot be read is reported at its entry', async () => {
    const failure = (message: string) => ({ mimeType: 'application/json', text: JSON.stringify({ status: 'Failure', message }) });
    const har = {
      log: {
        version: '1.2',
        entries: [
          {
            request: { method: 'GET', url: 'https://tc.example/api/v2/owners', headers: [{ name: 'Authorization', value: 'TC 1:abc=' }, { name: 'Timestamp', value: '1700000000' }] },
            response: { status: 401, headers: [], content: failure('Signature data did not match expected result') },
          },
          // a failed API call whose request lost its method and headers
          { request: { url: 'https://tc.example/api/v2/owners' }, response: { status: 401, content: failure('Access Denied') } },
          // no response at all: not a failed call, nothing to say
          { request: { method: 'GET', url: 'https://tc.example/api/v2/owners', headers: [] } },
          {},
          {
            request: { method: 'GET', url: 'https://tc.example/api/v2/owners', headers: [{ name: 'Timestamp', value: '1700000000' }] },
            response: { status: 401, headers: [{ name: 'Date', value: 'Tue, 14 Nov 2023 23:13:20 GMT' }], content: failure('Timestamp out of acceptable time range') },
          },
        ],
      },
    };
    write('missing.har', JSON.stringify(har));
    const json = await run(['diagnose', '--format', 'json', 'missing.har']);
    expectClean(json);
    const reports = JSON.parse(json.out) as { index: number; diagnoses?: { classId: string }[] }[];
    expect(reports.find((r) => r.index === 0)?.diagnoses?.map((d) => d.classId)).toEqual(['signature']);
    expect(reports.find((r) => r.index === 4)?.diagnoses?.map((d) => d.classId)).toEqual(['timestamp']);

    const stylish = await run(['diagnose', 'missing.har']);
    expectClean(stylish);
    expect(stylish.out + stylish.err, 'the unreadable failed call is named').toMatch(/log\.entries\[1\]/);
    expect(stylish.code, 'an entry that could not be read').toBe(2);
  });

  it('a truncated HAR file: reported with line and column, exit 2', async () => {
    write('truncated.har', '{"log":{"entries":[{"request":{"method":"GET","url":"https://tc.example/api/v2/owners","headers":[]},"response":{"status":401');
    const result = await run(['diagnose', 'truncated.har']);
    expectClean(result);
    expect(result.code).toBe(2);
    expect(result.out + result.err).toMatch(/invalid JSON at line 1, column \d+/);
  });

  it.each(['empty.txt', 'empty.csv', 'empty.json', 'empty.ndjson'])('an empty file (%s): nothing to report, exit 0, fix writes nothing', async (name) => {
    write(name, '');
    const check = await run(['check', name]);
    expectClean(check);
    expect(check.code).toBe(0);
    const fix = await run(['fix', name]);
    expectClean(fix);
    expect(fix.code).toBe(0);
    expect(fix.out).toBe('');
  });

  it('an empty file given to diagnose: a message naming the file, no stack trace', async () => {
    write('empty-exchanges.json', '');
    const result = await run(['diagnose', 'empty-exchanges.json']);
    expectClean(result);
    expect([0, 2]).toContain(result.code);
    expect(result.out + result.err).toMatch(/empty-exchanges\.json|Nothing to diagnose/);
  });

  it('a directory passed as a file: named as a directory (exit 2); the other files are still checked and fixed', async () => {
    mkdirSync(join(dir, 'a-directory.txt'));
    write('after.txt', 'AS 5\n');
    const check = await run(['check', '--type', 'asn', 'a-directory.txt', 'after.txt']);
    expectClean(check);
    expect(check.code).toBe(2);
    expect(check.err).toMatch(/a-directory\.txt: is a directory/);
    expect(check.out).toMatch(/after\.txt[\s\S]*asn\/format/);

    const fix = await run(['fix', '--write', '--type', 'asn', 'a-directory.txt', 'after.txt']);
    expectClean(fix);
    expect(fix.code).toBe(2);
    expect(readFileSync(join(dir, 'after.txt'), 'utf8')).toBe('ASN5\n');

    for (const args of [['fix', 'a-directory.txt'], ['diagnose', 'a-directory.txt']]) {
      const result = await run(args);
      expectClean(result);
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.err).toMatch(/a-directory\.txt: is a directory/);
    }
  });
});
