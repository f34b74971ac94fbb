import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, json, scratch, tclint } from './test-harness.js';

const SECRET = 'abcdefghijklmnopqrstuvwxyz0123456789ABCD';

interface Diagnosis {
  classId: string;
  ruleId: string;
  severity: 'error' | 'warning';
  message: string;
  evidence: string[];
  remedies: string[];
  fix: { field: string; value: string } | { field: string; value: string }[] | null;
}
interface DiagnoseRecord {
  source: string;
  index: number;
  diagnoses: Diagnosis[];
}

const asnBodyFormat = (message: string) => ({
  classId: 'indicator-format',
  ruleId: 'asn/format',
  severity: 'error',
  message,
  evidence: ['the request body (ASN) has "AS Number": "AS 12345"'],
  remedies: ['Send "AS Number" as "ASN12345" in the request body.'],
  fix: { field: 'request.body', value: '{"type":"ASN","AS Number":"ASN12345","ownerName":"Common Community"}' },
});

/** The shape every diagnose record has, whatever the rule packages say. */
function expectContract(records: DiagnoseRecord[]) {
  for (const record of records) {
    expect(Object.keys(record)).toEqual(['source', 'index', 'diagnoses']);
    for (const d of record.diagnoses) {
      expect(Object.keys(d)).toEqual(['classId', 'ruleId', 'severity', 'message', 'evidence', 'remedies', 'fix']);
      expect(['error', 'warning']).toContain(d.severity);
      expect(d.message.length).toBeGreaterThan(0);
    }
  }
}

describe('tclint diagnose --format json: the output contract', () => {
  it('HAR: every failed call to a ThreatConnect API path, by entry index; 200s and non-API calls skipped', async () => {
    const result = await tclint(['diagnose', '--format', 'json', 'failed-requests.har']);
    expect(result.code).toBe(1);
    const records = json<DiagnoseRecord[]>(result);
    expectContract(records);
    expect(records.map((r) => [r.source, r.index, r.diagnoses.map((d) => `${d.classId} ${d.ruleId}`)])).toEqual([
      ['failed-requests.har', 0, ['signature signature/exchange']],
      ['failed-requests.har', 1, ['timestamp timestamp/exchange']],
      ['failed-requests.har', 2, ['indicator-format asn/format', 'indicator-format asn/format']],
    ]);
    expect(records[2]!.diagnoses).toEqual([
      asnBodyFormat('AS number "AS 12345" starts with "AS"; the prefix must be "ASN": ASN12345'),
      asnBodyFormat('AS number "AS 12345" has whitespace between the prefix and the number; write it with none: ASN12345'),
    ]);
  });

  it('JSON exchanges with the secret key from the environment: the signing mistake is named, the key never printed', async () => {
    const result = await tclint(['diagnose', '--format', 'json', 'exchanges.json'], { env: { TC_API_SECRET_KEY: SECRET } });
    expect(result.code).toBe(1);
    const records = json<DiagnoseRecord[]>(result);
    expectContract(records);
    const [signature] = records[0]!.diagnoses;
    expect(signature).toMatchObject({ classId: 'signature', ruleId: 'signature/exchange', severity: 'error', fix: { field: 'request.headers.Authorization', value: '[REDACTED]' } });
    expect(signature!.message).toContain('without its /api prefix');
    expect(records[1]!.diagnoses[0]).toMatchObject({ classId: 'timestamp', severity: 'error', fix: null });
    expect(records[1]!.diagnoses[0]!.message).toContain('412 s behind');
    expect(records.map((r) => r.index)).toEqual([0, 1, 2]);
    expect(result.stdout + result.stderr).not.toContain(SECRET);
  });

  it('HAR with the secret key from the environment: the key pins the signing mistake down, and is never printed', async () => {
    const withKey = await tclint(['diagnose', '--format', 'json', 'failed-requests.har'], { env: { TC_API_SECRET_KEY: SECRET } });
    const [first] = json<DiagnoseRecord[]>(withKey);
    expect(first!.diagnoses[0]).toMatchObject({ classId: 'signature', fix: { field: 'request.headers.Authorization', value: '[REDACTED]' } });
    expect(first!.diagnoses[0]!.message).toContain('without its /api prefix');
    expect(withKey.stdout + withKey.stderr).not.toContain(SECRET);
    const withoutKey = await tclint(['diagnose', '--format', 'json', 'failed-requests.har']);
    expect(json<DiagnoseRecord[]>(withoutKey)[0]!.diagnoses[0]!.message).not.toContain('without its /api prefix');
  });

  it('JSON output is streamed: one record per line, as check --format json writes them', async () => {
    const result = await tclint(['diagnose', '--format', 'json', 'exchanges.ndjson']);
    const lines = result.stdout.split('\n');
    expect(lines[0]).toBe('[');
    expect(lines.slice(-2)).toEqual([']', '']);
    const records = json<DiagnoseRecord[]>(result);
    expect(lines.slice(1, -2)).toEqual(records.map((r, i) => `${JSON.stringify(r)}${i < records.length - 1 ? ',' : ''}`));
  });

  it('NDJSON exchanges from stdin give the same diagnoses as the JSON array', async () => {
    const ndjson = readFileSync(join(FIXTURES, 'exchanges.ndjson'), 'utf8');
    const fromStdin = await tclint(['diagnose', '--format', 'json', '--input', 'ndjson'], { input: ndjson });
    const fromFile = await tclint(['diagnose', '--format', 'json', 'exchanges.json']);
    const strip = (records: DiagnoseRecord[]) => records.map((r) => ({ index: r.index, diagnoses: r.diagnoses }));
    expect(fromStdin.code).toBe(1);
    expect(json<DiagnoseRecord[]>(fromStdin).every((r) => r.source === '<stdin>')).toBe(true);
    expect(strip(json(fromStdin))).toEqual(strip(json(fromFile)));
  });

  it('--message: a bare error text, recognized or explicitly unrecognized', async () => {
    const known = await tclint(['diagnose', '--format', 'json', '--message', 'Timestamp out of acceptable time range']);
    expect(known.code).toBe(1);
    expect(json<DiagnoseRecord[]>(known).map((r) => [r.source, r.index, r.diagnoses.map((d) => d.classId)])).toEqual([['--message', 0, ['timestamp']]]);
    const unknown = await tclint(['diagnose', '--format', 'json', '--message', 'something odd']);
    expect(unknown.code).toBe(1);
    expect(json(unknown)).toEqual([
      {
        source: '--message',
        index: 0,
        diagnoses: [
          {
            classId: 'unrecognized',
            ruleId: 'tclint/unrecognized',
            severity: 'error',
            message: 'No rule recognizes this error: "something odd"',
            evidence: ['message: "something odd"'],
            remedies: [
              'Check the request against the ThreatConnect API documentation for this endpoint.',
              'If ThreatConnect documents this error, please report it so tclint can learn it: https://github.com/tclint/tclint/issues',
            ],
            fix: null,
          },
        ],
      },
    ]);
  });

  it('a HAR file without failed API calls diagnoses nothing and exits 0', async () => {
    const dir = scratch();
    const har = { log: { version: '1.2', entries: [{ request: { method: 'GET', url: 'https://x.threatconnect.com/api/v2/owners', headers: [] }, response: { status: 200, headers: [], content: { text: '{}' } } }] } };
    writeFileSync(join(dir, 'ok.har'), JSON.stringify(har));
    expect(await tclint(['diagnose', '--format', 'json', 'ok.har'], { cwd: dir })).toEqual({ code: 0, stdout: '[]\n', stderr: '' });
    const stylish = await tclint(['diagnose', 'ok.har'], { cwd: dir });
    expect(stylish).toEqual({ code: 0, stdout: '', stderr: 'Nothing to diagnose: no failed ThreatConnect API call was found.\n' });
  });
});

describe('tclint diagnose: stylish, apps and bad input', () => {
  it('stylish shows class, message, evidence and remedies per entry', async () => {
    const result = await tclint(['diagnose', 'failed-requests.har']);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('failed-requests.har log.entries[1]\n  error  [timestamp] Timestamp header 1700000000 is 412 s behind');
    expect(result.stdout).toContain('      found: ThreatConnect answered HTTP 401 (v2 Failure): "Timestamp out of acceptable time range"');
    expect(result.stdout).toContain('      fix: ');
  });

  it('--app reports the missing __main__.py; --fix writes it and the app then passes', async () => {
    const dir = scratch('tcex-app');
    const app = join(dir, 'tcex-app');
    const before = await tclint(['diagnose', '--format', 'json', '--app', 'tcex-app'], { cwd: dir });
    expect(before.code).toBe(1);
    const [record] = json<DiagnoseRecord[]>(before);
    expect(record!.diagnoses.map((d) => [d.classId, d.ruleId, d.severity])).toEqual([['tcex-main', 'tcex-main/main-module', 'error']]);
    expect(record!.diagnoses[0]!.fix).toEqual({ field: '__main__.py', value: expect.stringContaining('from run import run\n\nrun()\n') });
    expect(existsSync(join(app, '__main__.py'))).toBe(false);

    const fixed = await tclint(['diagnose', '--format', 'json', '--app', 'tcex-app', '--fix'], { cwd: dir });
    expect(fixed.stderr).toBe('wrote tcex-app/__main__.py\n');
    expect(fixed.code).toBe(0);
    expect(json(fixed)).toEqual([{ source: 'tcex-app', index: 0, diagnoses: [] }]);
    expect(readFileSync(join(app, '__main__.py'), 'utf8')).toContain('from run import run');
  });

  it('indicator records (CSV), a missing file, and conflicting modes exit 2', async () => {
    const csv = await tclint(['diagnose', 'indicators.csv']);
    expect(csv).toMatchObject({ code: 2, stdout: '' });
    expect(csv.stderr).toContain('indicators.csv: this looks like csv indicator records, not failed requests or an error text; to diagnose it as text, give --input text');
    const asText = await tclint(['diagnose', '--input', 'text', '--format', 'json', 'indicators.csv']);
    expect(json<DiagnoseRecord[]>(asText).map((r) => [r.index, r.diagnoses.map((d) => d.classId)])).toEqual([[0, ['unrecognized']]]);
    const missing = await tclint(['diagnose', 'nope.har']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('nope.har: no such file or directory');
    expect((await tclint(['diagnose', '--message', 'x', 'exchanges.json'])).code).toBe(2);
    expect((await tclint(['diagnose', '--fix', 'exchanges.json'])).code).toBe(2);
    expect((await tclint(['diagnose', '--format', 'sarif', 'exchanges.json'])).code).toBe(2);
  });

  it('a failed API call in a HAR file whose request lost its method and headers is reported at its entry (exit 2)', async () => {
    const failure = { mimeType: 'application/json', text: '{"status":"Failure","message":"Access Denied"}' };
    const har = {
      log: {
        entries: [
          { request: { method: 'GET', url: 'https://tc.example/api/v2/owners', headers: [] }, response: { status: 401, headers: [], content: failure } },
          { request: { url: 'https://tc.example/api/v2/owners' }, response: { status: 401, content: failure } },
          { request: { method: 'GET', url: 'https://tc.example/api/v2/owners', headers: [] } },
          {},
        ],
      },
    };
    const result = await tclint(['diagnose', '--format', 'json', '--input', 'har'], { input: JSON.stringify(har) });
    expect(result.code).toBe(2);
    const records = json<DiagnoseRecord[]>(result);
    expect(records.map((r) => [r.index, r.diagnoses.map((d) => d.classId)])).toEqual([
      [0, ['access-denied']],
      [1, ['read-error']],
    ]);
    const message = 'log.entries[1]: the failed API call (HTTP 401) cannot be read: "request.method" is missing; "request.headers" is missing';
    expect(records[1]!.diagnoses[0]!.message).toBe(message);
    expect(result.stderr).toBe(`<stdin> log.entries[1]: ${message}\n`);
  });

  it('a malformed exchange is reported with its location and the others are still diagnosed', async () => {
    const input = '{"request":{"method":"GET","url":"https://x/api/v2/owners","headers":{}},"response":{"status":401,"headers":{},"body":"{\\"status\\":\\"Failure\\",\\"message\\":\\"Access Denied\\"}"}}\n{not json\n';
    const result = await tclint(['diagnose', '--format', 'json', '--input', 'ndjson'], { input });
    expect(result.code).toBe(2);
    const records = json<DiagnoseRecord[]>(result);
    expect(records[0]!.diagnoses[0]!.classId).toBe('access-denied');
    expect(records[1]).toEqual({ source: '<stdin>', index: 1, diagnoses: [{ classId: 'read-error', ruleId: 'tclint/read-error', severity: 'error', message: 'invalid JSON on line 2, column 2', evidence: [], remedies: [], fix: null }] });
    expect(result.stderr).toBe('<stdin>:2:2: invalid JSON on line 2, column 2\n');
  });
});

describe('tclint diagnose: plain text, as --message would', () => {
  const SIGNATURE = 'Signature data did not match expected result';

  it('a message on standard input is diagnosed as --message diagnoses it, located at its line', async () => {
    const piped = await tclint(['diagnose', '--format', 'json'], { input: `${SIGNATURE}\n` });
    const given = await tclint(['diagnose', '--format', 'json', '--message', SIGNATURE]);
    expect(piped.code).toBe(1);
    expect(piped.stderr).toBe('');
    expect(json<DiagnoseRecord[]>(piped).map((r) => [r.source, r.diagnoses])).toEqual(json<DiagnoseRecord[]>(given).map((r) => ['<stdin>', r.diagnoses]));
    const stylish = await tclint(['diagnose'], { input: `${SIGNATURE}\n` });
    expect(stylish.code).toBe(1);
    expect(stylish.stdout).toMatch(/^<stdin> 1\n {2}error {2}\[signature\] /);
  });

  it('a log (.log) with several errors gets a diagnosis for each, at its line; the other lines are not reported', async () => {
    const dir = scratch();
    const log = [
      '10:00:00 INFO starting',
      `10:00:01 ERROR POST /api/v3/indicators -> 401 {"status":"Failure","message":"${SIGNATURE}"}`,
      '10:00:02 INFO retrying',
      '10:00:03 ERROR GET /api/v2/owners -> 401 Timestamp out of acceptable time range',
      '',
      "10:00:04 ERROR python: can't find '__main__' module in '.'",
    ].join('\n');
    writeFileSync(join(dir, 'job.log'), log);
    writeFileSync(join(dir, 'job.txt'), log);
    const stylish = await tclint(['diagnose', 'job.log'], { cwd: dir });
    expect(stylish.code).toBe(1);
    expect(stylish.stdout.split('\n').filter((l) => /^\S/.test(l))).toEqual(['job.log 2', 'job.log 4', 'job.log 6']);
    expect(stylish.stdout).not.toContain('unrecognized');
    const records = json<DiagnoseRecord[]>(await tclint(['diagnose', '--format', 'json', 'job.txt'], { cwd: dir }));
    expect(records.map((r) => [r.source, r.diagnoses.map((d) => d.ruleId)])).toEqual([
      ['job.txt', ['signature/message']],
      ['job.txt', ['timestamp/message']],
      ['job.txt', ['tcex-main/message']],
    ]);
    expectContract(records);
  });

  it('a text in which nothing is recognized gets one unrecognized diagnosis, not one per line', async () => {
    const result = await tclint(['diagnose', '--format', 'json'], { input: 'first odd thing\nsecond odd thing\n' });
    expect(result.code).toBe(1);
    expect(json<DiagnoseRecord[]>(result).map((r) => [r.index, r.diagnoses.map((d) => [d.classId, d.message])])).toEqual([
      [0, [['unrecognized', 'No rule recognizes this error: "first odd thing\\nsecond odd thing"']]],
    ]);
    expect(await tclint(['diagnose'], { input: '\n\n' })).toEqual({ code: 0, stdout: '', stderr: 'Nothing to diagnose: no failed ThreatConnect API call was found.\n' });
  });
});
