import { messageSubject } from '@tclint/core';
import { plugin as signature } from '@tclint/error-signature';
import { describe, expect, it } from 'vitest';
import { diagnoseInput } from './diagnose-input.js';
import { diagnoseJson } from './formatters/diagnose-json.js';
import { createLinter } from '@tclint/preset';
import { TEST_PLUGINS } from '@tclint/test-plugins';
import { openInput } from './input/open-input.js';
import { chunked, collect, tempDir } from './testing/temp.js';

const linter = createLinter({ plugins: TEST_PLUGINS });

describe('diagnoseInput', () => {
  it('diagnoses the failed API calls of a HAR file', async () => {
    const entry = (url: string, status: number, message: string, body?: string) => ({
      request: { method: 'POST', url, headers: [{ name: 'Authorization', value: 'TC 1:c2VjcmV0c2lnbmF0dXJl' }], ...(body && { postData: { text: body } }) },
      response: { status, headers: [], content: { text: JSON.stringify({ status: 'Failure', message }) } },
    });
    const t = tempDir({
      'calls.har': JSON.stringify({
        log: {
          entries: [
            entry('https://tc.example/api/v2/indicators/asns', 400, 'Please enter a valid AS Number', '{"AS Number":"AS 7"}'),
            entry('https://tc.example/api/v2/indicators/asns', 201, 'ok'),
            entry('https://tc.example/api/v3/groups', 401, 'Signature data did not match'),
            entry('https://tc.example/api/v3/groups', 503, 'maintenance'),
          ],
        },
      }),
    });
    const reports = await collect(diagnoseInput(linter, t.path('calls.har')));
    const out = JSON.parse(diagnoseJson(reports, { cwd: t.dir, color: false, rules: [] }));
    expect(out.map((r: { index: number; diagnoses: { classId: string; ruleId: string }[] }) => [r.index, r.diagnoses.map((d) => `${d.classId} ${d.ruleId}`)])).toEqual([
      [0, ['indicator-format asn/prefix']],
      [2, ['signature signature/mismatch']],
      [3, ['unrecognized tclint/unrecognized']],
    ]);
    expect(out[0].diagnoses[0].fix).toEqual({ field: 'request.body', value: '{"AS Number":"ASN7"}' });
    expect(JSON.stringify(out)).not.toContain('c2VjcmV0c2lnbmF0dXJl');
  });

  it('diagnoses each line of a text that an error class recognizes, at its line; the other lines are not reported', async () => {
    const t = tempDir({ 'errors.log': 'Signature data did not match\n\nsomething else\n' });
    const reports = await collect(diagnoseInput(linter, t.path('errors.log'), { format: 'lines' }));
    expect(reports.map((r) => [r.line, r.result?.diagnoses.map((d) => d.classId)])).toEqual([[1, ['signature']]]);
  });

  it('gives a log with several errors a diagnosis for each, as --message gives for each line', async () => {
    const official = createLinter();
    const log = [
      '2024-05-01 10:00:00 INFO starting job 42',
      '2024-05-01 10:00:01 ERROR POST /api/v3/indicators: {"status":"Failure","message":"Signature data did not match expected result"}',
      '2024-05-01 10:00:01 DEBUG retrying in 5 s',
      '',
      '2024-05-01 10:05:00 ERROR GET /api/v2/owners: Timestamp out of acceptable time range',
      'Traceback (most recent call last):',
      "RuntimeError: 403 Access Denied",
      '',
    ].join('\n');
    const reports = await collect(diagnoseInput(official, chunked(log, 7), { source: 'job.log' }));
    expect(reports.map((r) => [r.source, r.line, r.result?.diagnoses.map((d) => `${d.classId} ${d.ruleId}`)])).toEqual([
      ['job.log', 2, ['signature signature/message']],
      ['job.log', 5, ['timestamp timestamp/message']],
      ['job.log', 7, ['access-denied access-denied/message']],
    ]);
    for (const report of reports) {
      const line = log.split('\n')[report.line! - 1]!;
      expect(report.result!.diagnoses).toEqual(official.diagnose(messageSubject(line)).diagnoses);
    }
  });

  it('gives a text in which nothing is recognized one unrecognized diagnosis, quoting its beginning', async () => {
    const reports = await collect(diagnoseInput(linter, chunked('\nfirst complaint\nsecond complaint\n', 4), { source: 'notes.txt' }));
    expect(reports).toHaveLength(1);
    expect(reports[0]!).toMatchObject({ source: 'notes.txt', line: 2, index: 0 });
    expect(reports[0]!.result!.diagnoses.map((d) => [d.classId, d.message])).toEqual([['unrecognized', 'No rule recognizes this error: "first complaint\\nsecond complaint"']]);
  });

  it('quotes an unrecognized text without the credentials it shows', async () => {
    const log = `GET /api/v2/owners\nAuthorization: TC 12345:${SIGNATURE}\ntc_api_secret_key=${SECRET}\n{"token": "${TOKEN}"}\nsent key ${SECRET} twice\n`;
    const reports = await collect(diagnoseInput(linter, chunked(log, 11), { secretKey: SECRET }));
    const printed = diagnoseJson(reports, { cwd: '/', color: false, rules: [] });
    expect(reports.map((r) => r.result?.diagnoses.map((d) => d.classId))).toEqual([['unrecognized']]);
    expect(printed).toContain('Authorization: [REDACTED]');
    for (const secret of [SECRET, SIGNATURE, TOKEN]) expect(printed).not.toContain(secret);
  });

  it('reads a plain message on standard input, detected as text', async () => {
    const reports = await collect(diagnoseInput(linter, chunked('Signature data did not match expected result\n', 5)));
    expect(reports.map((r) => [r.source, r.line, r.result?.diagnoses.map((d) => d.classId)])).toEqual([['<stdin>', 1, ['signature']]]);
    expect(await collect(diagnoseInput(linter, chunked('', 5)))).toEqual([]);
  });

  it('refuses formats that hold no failures', async () => {
    const t = tempDir({ 'x.csv': 'type,value\n' });
    await expect(collect(diagnoseInput(linter, t.path('x.csv')))).rejects.toThrow(/cannot diagnose csv input/);
    // given as lines, the same file is read as a text (where nothing is recognized)
    expect((await collect(diagnoseInput(linter, t.path('x.csv'), { format: 'lines' }))).map((r) => [r.result?.subject, r.result?.diagnoses.map((d) => d.classId)])).toEqual([[{ kind: 'message', text: 'type,value' }, ['unrecognized']]]);
  });

  it('reads NDJSON exchanges from a stream, and reports a malformed one with its line', async () => {
    const input = `${JSON.stringify(SIGNED_WITHOUT_API)}\n{"request": 1}\n${JSON.stringify(SIGNED_WITHOUT_API)}\n`;
    const reports = await collect(diagnoseInput(linter, chunked(input, 9), { source: 'calls.ndjson' }));
    expect(reports.map((r) => [r.source, r.index, r.line, r.readError?.message ?? r.result?.diagnoses.map((d) => d.classId)])).toEqual([
      ['calls.ndjson', 0, 1, ['signature']],
      ['calls.ndjson', 1, 2, 'line 2: "request" must be an object with "method" and "url"'],
      ['calls.ndjson', 2, 3, ['signature']],
    ]);
  });

  it('takes an opened input, so a caller can look at the format first', async () => {
    const opened = await openInput(chunked(JSON.stringify([SIGNED_WITHOUT_API]), 5), { source: 'x' });
    expect(opened.format).toBe('json');
    const reports = await collect(diagnoseInput(linter, opened));
    expect(reports.map((r) => [r.path, r.result?.diagnoses.map((d) => d.classId)])).toEqual([['[0]', ['signature']]]);
  });
});

// The spec's signing example, signed without the /api prefix of the path (secret key below).
const SECRET = 'abcdefghijklmnopqrstuvwxyz0123456789ABCD';
const SIGNATURE = 'uCbg+U72wiHiF+oW85hmfNC0ZNXCTnk6zIKdYwvhEsU=';
const TOKEN = 'ZXlKaGJHY2lPaUpJVXpJMU5pSjkuZXlKemRXSWlPaUl4TWpNME5UWTNPRGt3SW4w';
const SIGNED_WITHOUT_API = {
  request: {
    method: 'GET',
    url: 'https://app.threatconnect.com/api/v2/indicators/hosts/example.com?Owner=Common%20Community',
    headers: { Timestamp: '1513703787', Authorization: 'TC 12345:uCbg+U72wiHiF+oW85hmfNC0ZNXCTnk6zIKdYwvhEsU=' },
  },
  response: { status: 401, headers: { Date: 'Tue, 19 Dec 2017 17:16:27 GMT' }, body: '{"status":"Failure","message":"Signature data did not match expected result"}' },
};
const asHar = (exchange: typeof SIGNED_WITHOUT_API) => ({
  log: {
    entries: [
      {
        request: { ...exchange.request, headers: Object.entries(exchange.request.headers).map(([name, value]) => ({ name, value })) },
        response: { status: exchange.response.status, headers: [], content: { text: exchange.response.body } },
      },
    ],
  },
});

describe('diagnoseInput with the secret key', () => {
  const signing = createLinter({ plugins: [signature] });
  const inputs = {
    'calls.json': JSON.stringify([SIGNED_WITHOUT_API], null, 2),
    'calls.ndjson': `${JSON.stringify(SIGNED_WITHOUT_API)}\n${JSON.stringify(SIGNED_WITHOUT_API)}\n`,
    'calls.har': JSON.stringify(asHar(SIGNED_WITHOUT_API)),
  };

  it.each(Object.keys(inputs))('%s: the key pins the mistake down and never appears in the output', async (name) => {
    const t = tempDir(inputs);
    const withKey = await collect(diagnoseInput(signing, t.path(name), { secretKey: SECRET }));
    const printed = diagnoseJson(withKey, { cwd: t.dir, color: false, rules: [] });
    expect(withKey[0]!.result?.diagnoses[0]!.message).toContain('without its /api prefix');
    expect(printed).not.toContain(SECRET);
    expect(printed).not.toContain('uCbg+U72wiHiF+oW85hmfNC0ZNXCTnk6zIKdYwvhEsU=');
    const withoutKey = await collect(diagnoseInput(signing, t.path(name)));
    expect(withoutKey[0]!.result?.diagnoses[0]!.classId).toBe('signature');
    expect(withoutKey[0]!.result?.diagnoses[0]!.message).not.toContain('without its /api prefix');
  });
});
