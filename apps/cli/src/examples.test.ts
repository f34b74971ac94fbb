import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXAMPLES, json, scratch, tclint } from './test-harness.js';

// Every CORRECT and INCORRECT indicator example of the seed documents, verbatim.
const SEED_EXAMPLES = {
  ASN: ['ASN12345', '12345', 'AS12345', 'AS 12345', 'ASN 12345'],
  CIDR: [
    'abc:def:10:0:0:0:0:0/48',
    'abc:def:10::/48',
    '0abc:def:10:0:0:0:0:0/48',
    'abc:0def:10:0:0:0:0:0/48',
    'abc:def:0010:0:0:0:0:0/48',
    'abc:def:10:0000:0000:0000:0000:0000/48',
    '2001:db8:1234::/48',
    '2001:db8:1234:0:0:0:0:0/48',
  ],
  Host: ['xn--sterreich-z7a.icom.museum', 'österreich.icom.museum'],
  'Registry Key': [String.raw`HKEY_LOCAL_MACHINE\Software\Microsoft\Windows NT\CurrentVersion\WbemPerf\001`, String.raw`HKLM\Software\Microsoft\Windows NT\CurrentVersion\WbemPerf\001`],
  URL: ['http://example.com', 'http://EXAMPLE.com'],
};
const SEED_BODY_SUMMARY = String.raw`HKEY_LOCAL_MACHINE\Software\Microsoft\DRM\{cd704ff3-cd05-479e-acf7-6474908031dd} :   : REG_NONE`;

describe('the bundled examples', () => {
  const csv = readFileSync(join(EXAMPLES, 'seed-indicators.csv'), 'utf8');
  const rows = csv.trimEnd().split('\n').slice(1).map((row) => [row.slice(0, row.indexOf(',')), row.slice(row.indexOf(',') + 1)] as const);

  it('seed-indicators.csv has a type,value header and every seed example verbatim, typed', () => {
    expect(csv.split('\n')[0]).toBe('type,value');
    for (const [type, values] of Object.entries(SEED_EXAMPLES)) {
      for (const value of values) {
        // registry keys need all three fields, so the seed key names come with the seed body's " " and REG_NONE
        const expected = type === 'Registry Key' ? `${value} :   : REG_NONE` : value;
        expect(rows, `${type} ${value}`).toContainEqual([type, expected]);
      }
    }
    expect(rows).toContainEqual(['Registry Key', SEED_BODY_SUMMARY]);
  });

  it('check finds exactly the INCORRECT examples (plus the bare number is only an ASN because the row says so)', async () => {
    const result = await tclint(['check', '--format', 'json', join(EXAMPLES, 'seed-indicators.csv')]);
    expect(result.code).toBe(1);
    const flagged = json<{ values: Record<string, string>; messages: unknown[] }[]>(result)
      .filter((r) => r.messages.length)
      .map((r) => Object.values(r.values)[0]);
    expect(flagged).toEqual([
      '12345',
      'AS12345',
      'AS 12345',
      'ASN 12345',
      'abc:def:10::/48',
      '0abc:def:10:0:0:0:0:0/48',
      'abc:0def:10:0:0:0:0:0/48',
      'abc:def:0010:0:0:0:0:0/48',
      'abc:def:10:0000:0000:0000:0000:0000/48',
      '2001:db8:1234::/48',
      'österreich.icom.museum',
      String.raw`HKLM\Software\Microsoft\Windows NT\CurrentVersion\WbemPerf\001`,
      'http://EXAMPLE.com',
    ]);
  });

  it('README main job: fix writes every INCORRECT example in its CORRECT form, and the result checks clean', async () => {
    const dir = scratch();
    const out = join(dir, 'fixed.csv');
    expect(await tclint(['fix', join(EXAMPLES, 'seed-indicators.csv'), '-o', out])).toEqual({ code: 0, stdout: '', stderr: '' });
    const fixed = readFileSync(out, 'utf8').trimEnd().split('\n').slice(1);
    expect(new Set(fixed)).toEqual(
      new Set([
        'ASN,ASN12345',
        'CIDR,abc:def:10:0:0:0:0:0/48',
        'CIDR,2001:db8:1234:0:0:0:0:0/48',
        'Host,xn--sterreich-z7a.icom.museum',
        String.raw`Registry Key,HKEY_LOCAL_MACHINE\Software\Microsoft\Windows NT\CurrentVersion\WbemPerf\001 :   : REG_NONE`,
        `Registry Key,${SEED_BODY_SUMMARY}`,
        'URL,http://example.com',
      ]),
    );
    expect(fixed).toHaveLength(rows.length);
    expect(await tclint(['check', out])).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  it('seed-indicators.txt (lines, types inferred): one output line per input line; the bare number stays, reported as ambiguous', async () => {
    const input = readFileSync(join(EXAMPLES, 'seed-indicators.txt'), 'utf8');
    const result = await tclint(['fix', join(EXAMPLES, 'seed-indicators.txt')]);
    expect(result.code).toBe(1);
    const inLines = input.split('\n');
    const outLines = result.stdout.split('\n');
    expect(outLines).toHaveLength(inLines.length);
    expect(outLines[1]).toBe('12345');
    expect(result.stderr).toContain('The indicator type of "12345" is ambiguous');
    expect(outLines.filter((l, i) => l !== inLines[i])).toHaveLength(12);
  });

  it('failed-requests.har diagnoses as signature, timestamp and indicator-format', async () => {
    const result = await tclint(['diagnose', '--format', 'json', join(EXAMPLES, 'failed-requests.har')]);
    expect(result.code).toBe(1);
    expect(json<{ diagnoses: { classId: string }[] }[]>(result).map((r) => [...new Set(r.diagnoses.map((d) => d.classId))])).toEqual([['signature'], ['timestamp'], ['indicator-format']]);
  });
});
