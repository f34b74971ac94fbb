import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { json, scratch, tclint } from './test-harness.js';

interface JsonRecord {
  line: number;
  type: string | null;
  values: Record<string, string>;
  output: Record<string, string> | null;
  messages: { ruleId: string; severity: string; message: string }[];
}

const utf16le = (text: string) => Buffer.from(text, 'utf16le');
const HASH = '495A0B8C3E8E5C8F3A1A2B3C4D5E6F70';

describe('a feed\'s type names in a CSV type column (issue 16 item 3)', () => {
  const feed = `type,value,source\nip-dst,103.40.102.233,misp\ndomain,WWW.ELEVEN.MYPOP3.ORG,misp\nmd5,${HASH},misp\nAddres,1.2.3.4,typo\n`;

  it('check: each alias is checked as its ThreatConnect type with a warning; a misspelt type is an error with a suggestion', async () => {
    const result = await tclint(['check', '--format', 'json', '-'], { input: feed });
    expect(result.code).toBe(1);
    const records = json<JsonRecord[]>(result);
    expect(records.map((r) => [r.line, r.type])).toEqual([[2, 'Address'], [3, 'Host'], [4, 'File'], [5, 'Addres']]);
    const engine = records.map((r) => r.messages.filter((m) => m.ruleId.startsWith('tclint/')).map((m) => [m.ruleId, m.severity]));
    expect(engine).toEqual([[['tclint/type-alias', 'warning']], [['tclint/type-alias', 'warning']], [['tclint/type-alias', 'warning']], [['tclint/unknown-type', 'error']]]);
    expect(records[0]!.messages[0]!.message).toBe('Type "ip-dst" is what MISP calls ThreatConnect\'s "Address"; it is checked as "Address", the type name to write for ThreatConnect');
    expect(records[3]!.messages[0]!.message).toBe('"Addres" is not a ThreatConnect indicator type (did you mean "Address"?), nor one a loaded plugin declares, so nothing can check it. Give a ThreatConnect type name.');
    expect(records[1]!.messages.map((m) => m.ruleId)).toContain('host/lowercase');
  });

  it("fix writes ThreatConnect's type name (ip-dst -> Address) and the fixed value; the misspelt type stays, reported", async () => {
    const result = await tclint(['fix', '--format', 'compact', '-i', 'csv', '-'], { input: feed });
    expect(result.code).toBe(1);
    const lines = result.stdout.split('\n');
    expect(lines.slice(0, 3)).toEqual(['type,value,source', 'Address,103.40.102.233,misp', 'Host,www.eleven.mypop3.org,misp']);
    expect(lines[3]).toMatch(new RegExp(`^File,${HASH},misp$`, 'i'));
    expect(lines.slice(4)).toEqual(['Addres,1.2.3.4,typo', '']);
    expect(result.stderr).toContain('<stdin>: line 5, Error - "Addres" is not a ThreatConnect indicator type (did you mean "Address"?)');
    expect(result.stderr).not.toContain('tclint/type-alias');
  });

  it('check --fix counts a type written in a feed\'s vocabulary as a fix (and says the fixes are not written)', async () => {
    const result = await tclint(['check', '--fix', '-'], { input: 'type,value\nip-dst,103.40.102.233\n' });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('1 record fixed, not written');
  });
});

describe('UTF-16 input, such as a .reg export (issue 16 item 8)', () => {
  it('is read as its text: no "invalid UTF-8", no NULs; fix --write writes it back in UTF-16LE with its BOM', async () => {
    const dir = scratch();
    const file = join(dir, 'keys.txt');
    writeFileSync(file, utf16le('\uFEFFHKLM\\Software\\Evil : Run : REG_SZ\r\n# from the sandbox report\r\nHKEY_USERS\\x :   : REG_NONE\r\n'));
    const checked = await tclint(['check', '--type', 'registry-key', '--format', 'json', 'keys.txt'], { cwd: dir });
    expect(checked.stdout).not.toMatch(/\\u0000|invalid UTF-8/);
    const records = json<JsonRecord[]>(checked);
    expect(records.map((r) => [r.line, r.values['Key Name']])).toEqual([[1, 'HKLM\\Software\\Evil'], [3, 'HKEY_USERS\\x']]);
    const fixed = await tclint(['fix', '--type', 'registry-key', '--write', 'keys.txt'], { cwd: dir });
    expect(fixed.code, fixed.stderr).toBe(0);
    expect(readFileSync(file)).toEqual(utf16le('\uFEFFHKEY_LOCAL_MACHINE\\Software\\Evil : Run : REG_SZ\r\n# from the sandbox report\r\nHKEY_USERS\\x :   : REG_NONE\r\n'));
  });

  it('a Windows .reg export itself reads as text lines, without a NUL in any report', async () => {
    const dir = scratch();
    writeFileSync(join(dir, 'run.reg'), utf16le('\uFEFFWindows Registry Editor Version 5.00\r\n\r\n[HKEY_CURRENT_USER\\Software\\Microsoft\\Windows\\CurrentVersion\\Run]\r\n"Updater"="C:\\\\Users\\\\Public\\\\upd.exe"\r\n'));
    const result = await tclint(['check', '--format', 'json', 'run.reg'], { cwd: dir });
    expect(result.code).not.toBe(2);
    expect(result.stdout).not.toMatch(/\\u0000|invalid UTF-8/);
    expect(json<JsonRecord[]>(result).map((r) => r.line)).toEqual([1, 3, 4]);
  });

  it('UTF-16 that cannot be read: one message that says so, exit 2', async () => {
    const dir = scratch();
    writeFileSync(join(dir, 'broken.txt'), Buffer.concat([utf16le('\uFEFFASN1\r\n'), Buffer.from([0x00, 0xd8, 0x41, 0x00])]));
    const result = await tclint(['check', '--type', 'asn', 'broken.txt'], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('tclint: broken.txt: the input is UTF-16LE text, and it is not valid UTF-16LE at byte 14 (an unpaired surrogate, or a last character cut in half); it cannot be read. Convert it to UTF-8 (e.g. iconv -f UTF-16LE -t UTF-8).\n');
  });
});

describe('comment lines in lines input (issue 16 item 9)', () => {
  const report = '# IOCs for campaign X, 2024\n// from appendix B\n#Emotet\nAS 1\n';

  it('are skipped, and fix keeps them verbatim; a hashtag is still a value', async () => {
    const checked = json<JsonRecord[]>(await tclint(['check', '--format', 'json', '-i', 'lines', '-'], { input: report }));
    expect(checked.map((r) => [r.line, r.type])).toEqual([[3, 'Hashtag'], [4, 'ASN']]);
    const fixed = await tclint(['fix', '-i', 'lines', '-'], { input: report });
    // the hashtag is fixed to lower case, the form ThreatConnect stores (hashtag/lowercase)
    expect(fixed.stdout).toBe('# IOCs for campaign X, 2024\n// from appendix B\n#emotet\nASN1\n');
  });

  it('--no-comments (or input.comments: false in the config) reads them as values', async () => {
    const flagged = json<JsonRecord[]>(await tclint(['check', '--no-comments', '--format', 'json', '-i', 'lines', '-'], { input: report }));
    expect(flagged.map((r) => r.line)).toEqual([1, 2, 3, 4]);
    const dir = scratch();
    writeFileSync(join(dir, 'tclint.config.json'), JSON.stringify({ input: { comments: false } }));
    const configured = json<JsonRecord[]>(await tclint(['check', '--format', 'json', '-i', 'lines', '-'], { cwd: dir, input: report }));
    expect(configured.map((r) => r.line)).toEqual([1, 2, 3, 4]);
  });
});

describe('a third-party CSV whose value column is not called value (issue 16 item 10)', () => {
  it('a column headed by a type name types every row (Domain,Domain Use)', async () => {
    const result = await tclint(['fix', '-'], { input: 'Domain,Domain Use\nWWW.ELEVEN.MYPOP3.ORG,C2\n' });
    expect(result.stdout).toBe('Domain,Domain Use\nwww.eleven.mypop3.org,C2\n');
  });

  it('--columns names the type and value columns by header or position; the config may too', async () => {
    const csv = 'Kind,Observable,Note\nip-dst,103.40.102.233,x\nHost,EVIL.example.com,y\n';
    for (const spec of ['type=Kind,value=Observable', 'type=1,value=2']) {
      const result = await tclint(['fix', '--columns', spec, '-'], { input: csv });
      expect(result.stdout, spec).toBe('Kind,Observable,Note\nAddress,103.40.102.233,x\nHost,evil.example.com,y\n');
    }
    const dir = scratch();
    writeFileSync(join(dir, 'tclint.config.yaml'), 'input:\n  columns:\n    type: Kind\n    value: 2\n');
    writeFileSync(join(dir, 'export.csv'), csv);
    expect((await tclint(['fix', 'export.csv'], { cwd: dir })).stdout).toBe('Kind,Observable,Note\nAddress,103.40.102.233,x\nHost,evil.example.com,y\n');
    // the hint for writing the fixes repeats --columns
    const checked = await tclint(['check', '--columns', 'value=Observable', 'export.csv'], { cwd: dir });
    expect(checked.stdout).toContain("`tclint fix --columns value=Observable export.csv --write`");
  });

  it('says which header it found when no value column can be determined, and why a --columns is wrong', async () => {
    const none = await tclint(['check', '-i', 'csv', '-'], { input: 'Domain Use,First Seen\nC2,2024\n' });
    expect(none.code).toBe(2);
    expect(none.stdout).toContain('the CSV header names no value column (found "Domain Use", "First Seen")');
    const missing = await tclint(['check', '--columns', 'value=Domains', '-i', 'csv', '-'], { input: 'Domain,Domain Use\na.example,x\n' });
    expect(missing.stdout).toContain('the value column is given as a column "Domains", but the header has no such column (found "Domain", "Domain Use")');
    const bad = await tclint(['check', '--columns', 'values=2', '-'], { input: '' });
    expect(bad).toMatchObject({ code: 2 });
    expect(bad.stderr).toContain('tclint: --columns: expected type=COLUMN and/or value=COLUMN (a header name or a 1-based position), got "values=2"');
  });
});
