import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { json, scratch, tclint } from './test-harness.js';

// Expected records of the JSON output contract, built by hand.
const asnPrefix = (value: string, fixed: string) => ({
  ruleId: 'asn/format',
  severity: 'error',
  message: `AS number "${value}" starts with "AS"; the prefix must be "ASN": ${fixed}`,
  field: 'AS Number',
  fix: { field: 'AS Number', value: fixed },
});
const asnSpace = (value: string, fixed: string) => ({
  ruleId: 'asn/format',
  severity: 'error',
  message: `AS number "${value}" has whitespace between the prefix and the number; write it with none: ${fixed}`,
  field: 'AS Number',
  fix: { field: 'AS Number', value: fixed },
});
const asnNoPrefix = (value: string, fixed: string) => ({
  ruleId: 'asn/format',
  severity: 'error',
  message: `AS number "${value}" has no "ASN" prefix; write it as ${fixed}`,
  field: 'AS Number',
  fix: { field: 'AS Number', value: fixed },
});
const asnJunk = {
  ruleId: 'asn/format',
  severity: 'error',
  message: 'AS number "AS12abc" has "abc" after the number 12; not fixed, because dropping it could change the meaning. Write ASN followed by digits only',
  field: 'AS Number',
  fix: null,
};
const HKLM = String.raw`HKLM\Software\Microsoft\Windows NT\CurrentVersion\WbemPerf\001`;
const HKEY = String.raw`HKEY_LOCAL_MACHINE\Software\Microsoft\Windows NT\CurrentVersion\WbemPerf\001`;
const keyRoot = {
  ruleId: 'registry-key/key-root',
  severity: 'error',
  message: `Key Name "${HKLM}" starts with the abbreviation "HKLM"; ThreatConnect wants the full root name HKEY_LOCAL_MACHINE: "${HKEY}"`,
  field: 'Key Name',
  fix: { field: 'Key Name', value: HKEY },
};
const punycode = {
  ruleId: 'host/punycode',
  severity: 'error',
  message: 'Host "österreich.icom.museum" is not ASCII; an internationalized name must be written in Punycode: "xn--sterreich-z7a.icom.museum"',
  field: 'hostName',
  fix: { field: 'hostName', value: 'xn--sterreich-z7a.icom.museum' },
};
const urlHost = (url: string, host: string, fixed: string) => ({
  ruleId: 'url/host',
  severity: 'error',
  message: `URL "${url}" has upper-case letters in its host "${host}"; the domain must be lower case: "${fixed}"`,
  field: 'text',
  fix: { field: 'text', value: fixed },
});
const readError = (message: string) => ({ ruleId: 'tclint/read-error', severity: 'error', message, field: null, fix: null });
const unreadable = (source: string, line: number | null, message: string) => ({
  source,
  line,
  path: null,
  type: null,
  values: null,
  output: null,
  messages: [readError(message)],
});
const record = (source: string, line: number | null, path: string | null, type: string, values: Record<string, string>, messages: unknown[], output = values) => ({
  source,
  line,
  path,
  type,
  values,
  output,
  messages,
});

describe('tclint check --format json: the output contract', () => {
  it('lines with --type: one object per record, blank lines skipped but counted; exit 1', async () => {
    const result = await tclint(['check', '--type', 'asn', '--format', 'json', 'asn.txt']);
    expect(result.code).toBe(1);
    expect(json(result)).toEqual([
      record('asn.txt', 1, null, 'ASN', { 'AS Number': 'ASN12345' }, []),
      record('asn.txt', 2, null, 'ASN', { 'AS Number': 'AS 12345' }, [asnPrefix('AS 12345', 'ASN12345'), asnSpace('AS 12345', 'ASN12345')]),
      record('asn.txt', 4, null, 'ASN', { 'AS Number': '12345' }, [asnNoPrefix('12345', 'ASN12345')]),
      record('asn.txt', 5, null, 'ASN', { 'AS Number': 'AS12abc' }, [asnJunk]),
    ]);
  });

  it('--fix: "output" holds the fixed values and only what remains is reported', async () => {
    const result = await tclint(['check', '--fix', '--type', 'ASN', '--format', 'json', 'asn.txt']);
    expect(result.code).toBe(1);
    expect(json(result)).toEqual([
      record('asn.txt', 1, null, 'ASN', { 'AS Number': 'ASN12345' }, []),
      record('asn.txt', 2, null, 'ASN', { 'AS Number': 'AS 12345' }, [], { 'AS Number': 'ASN12345' }),
      record('asn.txt', 4, null, 'ASN', { 'AS Number': '12345' }, [], { 'AS Number': 'ASN12345' }),
      record('asn.txt', 5, null, 'ASN', { 'AS Number': 'AS12abc' }, [asnJunk]),
    ]);
  });

  it('csv with type and value columns: the type of each row, TC field names in values', async () => {
    const result = await tclint(['check', '--format', 'json', 'indicators.csv']);
    expect(result.code).toBe(1);
    expect(json(result)).toEqual([
      record('indicators.csv', 2, null, 'ASN', { 'AS Number': 'AS 12345' }, [asnPrefix('AS 12345', 'ASN12345'), asnSpace('AS 12345', 'ASN12345')]),
      record('indicators.csv', 3, null, 'Host', { hostName: 'österreich.icom.museum' }, [punycode]),
      record('indicators.csv', 4, null, 'URL', { text: 'http://EXAMPLE.com/Path' }, [urlHost('http://EXAMPLE.com/Path', 'EXAMPLE.com', 'http://example.com/Path')]),
      record('indicators.csv', 5, null, 'CIDR', { Block: '2001:db8:1234::/48' }, [
        {
          ruleId: 'cidr/ipv6-form',
          severity: 'error',
          message: 'IPv6 address "2001:db8:1234::" is compressed with "::"; ThreatConnect needs all eight groups: 2001:db8:1234:0:0:0:0:0',
          field: 'Block',
          fix: { field: 'Block', value: '2001:db8:1234:0:0:0:0:0/48' },
        },
      ]),
      record('indicators.csv', 6, null, 'Registry Key', { 'Key Name': HKLM, 'Value Name': ' ', 'Value Type': 'REG_NONE' }, [keyRoot]),
      record('indicators.csv', 7, null, 'ASN', { 'AS Number': 'AS12abc' }, [asnJunk]),
    ]);
  });

  it('csv with ThreatConnect field columns: an empty cell is a missing field', async () => {
    const result = await tclint(['check', '--format', 'json', 'registry-keys.csv']);
    expect(result.code).toBe(1);
    expect(json(result)).toEqual([
      record('registry-keys.csv', 2, null, 'Registry Key', { 'Key Name': HKLM, 'Value Type': 'reg_sz' }, [
        keyRoot,
        {
          ruleId: 'registry-key/value-name',
          severity: 'error',
          message: 'Value Name is missing; ThreatConnect requires it. For a key without a value name, send a single space " " (the API treats it as no value name)',
          field: 'Value Name',
          fix: { field: 'Value Name', value: ' ' },
        },
        { ruleId: 'registry-key/value-type', severity: 'error', message: 'Value Type "reg_sz" must be upper case: REG_SZ', field: 'Value Type', fix: { field: 'Value Type', value: 'REG_SZ' } },
      ]),
      record('registry-keys.csv', 3, null, 'Registry Key', { 'Key Name': String.raw`HKEY_LOCAL_MACHINE\Software\Microsoft\DRM\{cd704ff3-cd05-479e-acf7-6474908031dd}`, 'Value Name': ' ', 'Value Type': 'REG_NONE' }, []),
    ]);
  });

  it('csv with ThreatConnect field columns and --type: the columns decide the type, --type is for values without one', async () => {
    const plain = await tclint(['check', '--format', 'json', 'registry-keys.csv']);
    const typed = await tclint(['check', '--format', 'json', '--type', 'asn', 'registry-keys.csv']);
    expect(typed.code).toBe(1);
    expect(json<{ type: string }[]>(typed).map((r) => r.type)).toEqual(['Registry Key', 'Registry Key']);
    expect(typed.stdout).toBe(plain.stdout);
  });

  it('json (v3 bodies): line is null and path locates the body', async () => {
    const result = await tclint(['check', '--format', 'json', 'bodies.json']);
    expect(result.code).toBe(1);
    expect(json(result)).toEqual([
      record('bodies.json', null, '[0]', 'ASN', { 'AS Number': 'AS 12345' }, [asnPrefix('AS 12345', 'ASN12345'), asnSpace('AS 12345', 'ASN12345')]),
      record('bodies.json', null, '[1]', 'Host', { hostName: 'xn--sterreich-z7a.icom.museum' }, []),
      record('bodies.json', null, '[2]', 'URL', { text: 'http://EXAMPLE.com' }, [urlHost('http://EXAMPLE.com', 'EXAMPLE.com', 'http://example.com')]),
    ]);
  });

  it('batch (v2 batch JSON): paths indicator[n], summaries split into TC fields', async () => {
    const result = await tclint(['check', '--format', 'json', 'batch.json']);
    expect(result.code).toBe(1);
    expect(json(result)).toEqual([
      record('batch.json', null, 'indicator[0]', 'ASN', { 'AS Number': 'ASN 12345' }, [asnSpace('ASN 12345', 'ASN12345')]),
      record('batch.json', null, 'indicator[1]', 'Registry Key', { 'Key Name': HKLM, 'Value Name': ' ', 'Value Type': 'REG_NONE' }, [keyRoot]),
      record('batch.json', null, 'indicator[2]', 'Host', { hostName: 'xn--sterreich-z7a.icom.museum' }, []),
    ]);
  });

  it('ndjson: a bad JSON line is reported with file:line:col and the run goes on; exit 2', async () => {
    const result = await tclint(['check', '--format', 'json', 'bodies.ndjson']);
    expect(result.code).toBe(2);
    expect(json(result)).toEqual([
      record('bodies.ndjson', 1, null, 'ASN', { 'AS Number': 'AS 12345' }, [asnPrefix('AS 12345', 'ASN12345'), asnSpace('AS 12345', 'ASN12345')]),
      record('bodies.ndjson', 2, null, 'Host', { hostName: 'österreich.icom.museum' }, [punycode]),
      unreadable('bodies.ndjson', 3, 'invalid JSON on line 3, column 42'),
      record('bodies.ndjson', 4, null, 'CIDR', { Block: 'abc:def:10:0:0:0:0:0/48' }, []),
    ]);
    expect(result.stderr).toBe('bodies.ndjson:3:42: invalid JSON on line 3, column 42\n');
  });

  it('csv: an unterminated quote is reported at its line and reading resumes after it', async () => {
    const result = await tclint(['check', '--format', 'json', 'unterminated.csv']);
    expect(result.code).toBe(2);
    expect(json(result)).toEqual([
      unreadable('unterminated.csv', 2, 'unterminated quoted cell starting on line 2'),
      record('unterminated.csv', 3, null, 'Host', { hostName: 'EXAMPLE.com' }, [
        {
          ruleId: 'host/lowercase',
          severity: 'warning',
          message: 'Host "EXAMPLE.com" has upper-case letters; ThreatConnect accepts them but stores host names in lower case: "example.com"',
          field: 'hostName',
          fix: { field: 'hostName', value: 'example.com' },
        },
      ]),
      record('unterminated.csv', 4, null, 'ASN', { 'AS Number': 'ASN7' }, []),
    ]);
    expect(result.stderr).toBe('unterminated.csv:2: unterminated quoted cell starting on line 2\n');
  });

  it('invalid UTF-8 is reported with line and column, and the next line is still checked', async () => {
    const input = Buffer.concat([Buffer.from('ASN1\nAS'), Buffer.from([0xff]), Buffer.from('1\nASN2\n')]);
    const result = await tclint(['check', '--type', 'asn', '--format', 'json'], { input });
    expect(result.code).toBe(2);
    expect(json(result)).toEqual([
      record('<stdin>', 1, null, 'ASN', { 'AS Number': 'ASN1' }, []),
      unreadable('<stdin>', 2, 'invalid UTF-8 at line 2, column 3'),
      record('<stdin>', 3, null, 'ASN', { 'AS Number': 'ASN2' }, []),
    ]);
    expect(result.stderr).toBe('<stdin>:2:3: invalid UTF-8 at line 2, column 3\n');
  });

  it('infers the type per value, and reports an ambiguous one as such', async () => {
    const result = await tclint(['check', '--format', 'json', '-'], { input: 'ASN12345\n12345\nhttp://EXAMPLE.com\n' });
    expect(result.code).toBe(1);
    expect(json(result)).toEqual([
      record('<stdin>', 1, null, 'ASN', { 'AS Number': 'ASN12345' }, []),
      {
        source: '<stdin>',
        line: 2,
        path: null,
        type: null,
        values: null,
        output: null,
        messages: [
          {
            ruleId: 'tclint/ambiguous-type',
            severity: 'error',
            message: 'The indicator type of "12345" is ambiguous: could be ASN (0.3). Give the type explicitly.',
            field: null,
            fix: null,
          },
        ],
      },
      record('<stdin>', 3, null, 'URL', { text: 'http://EXAMPLE.com' }, [urlHost('http://EXAMPLE.com', 'EXAMPLE.com', 'http://example.com')]),
    ]);
  });
});

describe('tclint check: inputs', () => {
  it('reads stdin when no file is given, and for "-"', async () => {
    for (const args of [['check', '--type', 'asn'], ['check', '--type', 'asn', '-']]) {
      const result = await tclint(args, { input: 'ASN1\nASN2\n' });
      expect(result).toEqual({ code: 0, stdout: '', stderr: '' });
    }
  });

  it('--input overrides detection (a .txt file read as CSV)', async () => {
    const dir = scratch();
    writeFileSync(join(dir, 'table.txt'), 'type,value\nASN,AS 1\n');
    const result = await tclint(['check', '--input', 'csv', '--format', 'json', 'table.txt'], { cwd: dir });
    expect(json<{ type: string; line: number }[]>(result).map((r) => [r.type, r.line])).toEqual([['ASN', 2]]);
  });

  it('checks several files; a missing one is reported, the others are still checked, exit 2', async () => {
    const result = await tclint(['check', '--format', 'json', 'missing.txt', 'clean.txt']);
    expect(result.code).toBe(2);
    expect(json<unknown[]>(result)).toHaveLength(4);
    expect(result.stderr).toBe('tclint: missing.txt: no such file or directory\n');
  });

  it('refuses a HAR file (that is for diagnose), exit 2', async () => {
    const result = await tclint(['check', 'failed-requests.har']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('use tclint diagnose for HAR files');
  });

  it('a clean input prints nothing with stylish and exits 0', async () => {
    expect(await tclint(['check', 'clean.txt'])).toEqual({ code: 0, stdout: '', stderr: '' });
  });
});

describe('tclint check: formats', () => {
  it('stylish groups problems under the file and ends with a summary', async () => {
    const result = await tclint(['check', '--type', 'asn', 'asn.txt']);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe(
      [
        'asn.txt',
        '  2 (AS Number)  error    AS number "AS 12345" starts with "AS"; the prefix must be "ASN": ASN12345  asn/format',
        '  2 (AS Number)  error    AS number "AS 12345" has whitespace between the prefix and the number; write it with none: ASN12345  asn/format',
        '  4 (AS Number)  error    AS number "12345" has no "ASN" prefix; write it as ASN12345  asn/format',
        '  5 (AS Number)  error    AS number "AS12abc" has "abc" after the number 12; not fixed, because dropping it could change the meaning. Write ASN followed by digits only  asn/format',
        '',
        '✖ 4 problems (4 errors, 0 warnings)',
        '  3 errors and 0 warnings potentially fixable with `tclint fix --type asn asn.txt --write` (in place) or `tclint fix --type asn asn.txt -o fixed.txt`.',
        '',
      ].join('\n'),
    );
  });

  it('stylish aligns the severity column when locations and field names differ in width', async () => {
    const result = await tclint(['check', 'indicators.csv']);
    expect(result.code).toBe(1);
    const lines = result.stdout.split('\n').filter((l) => / {2}error {4}/.test(l));
    expect(lines.length).toBeGreaterThan(3);
    expect(new Set(lines.map((l) => l.indexOf('  error    ')))).toEqual(new Set([lines[0]!.indexOf('  error    ')]));
    expect(lines).toContain('  6 (Key Name)   error    Key Name "HKLM\\Software\\Microsoft\\Windows NT\\CurrentVersion\\WbemPerf\\001" starts with the abbreviation "HKLM"; ThreatConnect wants the full root name HKEY_LOCAL_MACHINE: "HKEY_LOCAL_MACHINE\\Software\\Microsoft\\Windows NT\\CurrentVersion\\WbemPerf\\001"  registry-key/key-root');
  });

  it('compact prints one line per problem', async () => {
    const result = await tclint(['check', '--type', 'asn', '--format', 'compact', 'asn.txt']);
    expect(result.code).toBe(1);
    expect(result.stdout.split('\n')).toEqual([
      'asn.txt: line 2 [AS Number], Error - AS number "AS 12345" starts with "AS"; the prefix must be "ASN": ASN12345 (asn/format)',
      'asn.txt: line 2 [AS Number], Error - AS number "AS 12345" has whitespace between the prefix and the number; write it with none: ASN12345 (asn/format)',
      'asn.txt: line 4 [AS Number], Error - AS number "12345" has no "ASN" prefix; write it as ASN12345 (asn/format)',
      'asn.txt: line 5 [AS Number], Error - AS number "AS12abc" has "abc" after the number 12; not fixed, because dropping it could change the meaning. Write ASN followed by digits only (asn/format)',
      '',
      '4 problems',
      '',
    ]);
  });

  it('--fix with stylish says how many records fixing changed', async () => {
    const result = await tclint(['check', '--fix', '--type', 'asn', 'asn.txt']);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('2 records fixed, not written: the fixes are written with `tclint fix --type asn asn.txt --write` (in place) or `tclint fix --type asn asn.txt -o fixed.txt`.');
  });

  it('names the tclint fix command that writes the fixes, never a --fix option (check --fix writes nothing)', async () => {
    const several = await tclint(['check', '--rule', 'asn/reserved: off', 'indicators.csv', 'registry-keys.csv']);
    expect(several.code).toBe(1);
    expect(several.stdout).not.toContain('--fix');
    expect(several.stdout).toMatch(/potentially fixable with `tclint fix --rule 'asn\/reserved: off' indicators\.csv registry-keys\.csv --write` \(in place\)\.\n$/);
    const piped = await tclint(['check', '--type', 'asn'], { input: 'AS 1\n' });
    expect(piped.stdout).toContain('potentially fixable with `tclint fix --type asn` on the same input (it writes the fixed records to standard output).');
    expect((await tclint(['check', '--help'])).stdout).toContain('use tclint fix to write the fixes');
  });

  it('an unknown formatter is a usage error', async () => {
    const result = await tclint(['check', '--format', 'nope', 'clean.txt']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('Cannot find formatter "nope"');
  });
});

describe('tclint check: severities, rules and config', () => {
  it('warnings alone exit 0; --max-warnings 0 makes them exit 1; --quiet hides them', async () => {
    const plain = await tclint(['check', '--type', 'asn', '--format', 'json', 'asn-private.txt']);
    expect(plain.code).toBe(0);
    expect(json<{ messages: { severity: string; ruleId: string }[] }[]>(plain)[1]!.messages).toEqual([expect.objectContaining({ severity: 'warning', ruleId: 'asn/reserved' })]);
    const strict = await tclint(['check', '--type', 'asn', '--max-warnings', '0', 'asn-private.txt']);
    expect(strict.code).toBe(1);
    expect(strict.stderr).toBe('tclint found too many warnings (maximum: 0).\n');
    expect((await tclint(['check', '--type', 'asn', '--max-warnings', '1', 'asn-private.txt'])).code).toBe(0);
    const quiet = await tclint(['check', '--type', 'asn', '--quiet', 'asn-private.txt']);
    expect(quiet).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  it('--rule turns a rule off or up', async () => {
    expect((await tclint(['check', '--type', 'asn', '--rule', 'asn/format: off', '--rule', 'asn/platform-pattern: off', 'asn.txt'])).code).toBe(0);
    const up = await tclint(['check', '--type', 'asn', '--rule', 'asn/reserved: error', 'asn-private.txt']);
    expect(up.code).toBe(1);
  });

  it('an unknown rule in --rule is a configuration error (exit 2)', async () => {
    const result = await tclint(['check', '--rule', 'asn/nope: off', 'clean.txt']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('asn/nope');
  });

  it('finds tclint.config.json from the working directory; --no-config ignores it; --config names one', async () => {
    const dir = scratch('asn.txt');
    writeFileSync(join(dir, 'tclint.config.json'), JSON.stringify({ rules: { 'asn/format': 'off', 'asn/platform-pattern': 'off' } }));
    expect((await tclint(['check', '--type', 'asn', 'asn.txt'], { cwd: dir })).code).toBe(0);
    expect((await tclint(['check', '--type', 'asn', '--no-config', 'asn.txt'], { cwd: dir })).code).toBe(1);
    const other = scratch('asn.txt');
    expect((await tclint(['check', '--type', 'asn', '--config', join(dir, 'tclint.config.json'), 'asn.txt'], { cwd: other })).code).toBe(0);
  });

  it('reports every problem of an invalid config together, exit 2', async () => {
    const dir = scratch('clean.txt');
    writeFileSync(join(dir, 'tclint.config.json'), JSON.stringify({ rules: { 'asn/nope': 'off', 'host/lowercase': 'loud' }, bogus: 1 }));
    const result = await tclint(['check', 'clean.txt'], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('invalid configuration');
    expect(result.stderr).toContain('bogus');
    expect(result.stderr).toContain('asn/nope');
    expect(result.stderr).toContain('host/lowercase');
  });

  it('--type takes TC names in any case and slugs; an unknown type is a usage error', async () => {
    for (const type of ['Registry Key', 'registry key', 'registry-key', 'REGISTRY-KEY']) {
      const result = await tclint(['check', '--type', type, '--format', 'json'], { input: `${HKEY} :   : REG_NONE\n` });
      expect(json<{ type: string }[]>(result)[0]!.type).toBe('Registry Key');
    }
    const bad = await tclint(['check', '--type', 'asm'], { input: 'ASN1\n' });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--type "asm" is not a type any loaded rule checks');
  });
});
