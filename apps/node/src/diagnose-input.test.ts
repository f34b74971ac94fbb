import { describe, expect, it } from 'vitest';
import { diagnoseInput } from './diagnose-input.js';
import { diagnoseJson } from './formatters/diagnose-json.js';
import { createLinter } from './linter.js';
import { TEST_PLUGINS } from './testing/plugins.js';
import { collect, tempDir } from './testing/temp.js';

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

  it('treats each line of a log as an error message', async () => {
    const t = tempDir({ 'errors.log': 'Signature data did not match\n\nsomething else\n' });
    const reports = await collect(diagnoseInput(linter, t.path('errors.log'), { format: 'lines' }));
    expect(reports.map((r) => [r.line, r.result?.diagnoses.map((d) => d.classId)])).toEqual([
      [1, ['signature']],
      [3, ['unrecognized']],
    ]);
  });

  it('refuses formats that hold no failures', async () => {
    const t = tempDir({ 'x.csv': 'type,value\n' });
    await expect(collect(diagnoseInput(linter, t.path('x.csv')))).rejects.toThrow(/cannot diagnose csv input/);
  });
});
