import { chmodSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, scratch, tclint } from './test-harness.js';

const fixture = (name: string) => readFileSync(join(FIXTURES, name), 'utf8');
const HKEY = String.raw`HKEY_LOCAL_MACHINE\Software\Microsoft\Windows NT\CurrentVersion\WbemPerf\001`;

describe('tclint fix: the same format back, fixes applied', () => {
  it('lines: exactly one output line per input line; an unfixable value is written unchanged and reported on stderr', async () => {
    const result = await tclint(['fix', '--type', 'asn', 'asn.txt']);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('ASN12345\nASN12345\n\nASN12345\nAS12abc\n');
    expect(result.stdout.split('\n').length).toBe(fixture('asn.txt').split('\n').length);
    expect(result.stderr).toContain('asn.txt\n  5 (AS Number)  error    AS number "AS12abc" has "abc" after the number 12');
    expect(result.stderr).toContain('✖ 1 problem (1 error, 0 warnings)');
  });

  it('lines keep CRLF line endings, a missing final newline and an unreadable line byte for byte', async () => {
    const input = Buffer.concat([Buffer.from('AS 1\r\n\r\nAS'), Buffer.from([0xfe]), Buffer.from('2\r\n12345')]);
    const result = await tclint(['fix', '--type', 'asn', '--format', 'compact'], { input });
    expect(result.code).toBe(2);
    const expected = Buffer.concat([Buffer.from('ASN1\r\n\r\nAS'), Buffer.from([0xfe]), Buffer.from('2\r\nASN12345')]);
    const raw = await tclintRaw(['fix', '--type', 'asn', '--format', 'compact'], input);
    expect(raw.equals(expected)).toBe(true);
    expect(result.stderr).toContain('<stdin>: line 3, Error - invalid UTF-8 at line 3, column 3 (tclint/read-error)');
  });

  it('csv: every other column, the quoting and the row order are kept', async () => {
    const result = await tclint(['fix', 'indicators.csv']);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe(
      [
        'type,value,rating',
        'ASN,ASN12345,3',
        'Host,xn--sterreich-z7a.icom.museum,5',
        'URL,http://example.com/Path,1',
        'CIDR,2001:db8:1234:0:0:0:0:0/48,2',
        `Registry Key,${HKEY} :   : REG_NONE,4`,
        'ASN,AS12abc,0',
        '',
      ].join('\n'),
    );
    const fields = await tclint(['fix', 'registry-keys.csv']);
    expect(fields.code).toBe(0);
    expect(fields.stdout).toBe(
      [
        'Key Name,Value Name,Value Type,note',
        `${HKEY}, ,REG_SZ,"first, quoted"`,
        String.raw`HKEY_LOCAL_MACHINE\Software\Microsoft\DRM\{cd704ff3-cd05-479e-acf7-6474908031dd}, ,REG_NONE,seed body`,
        '',
      ].join('\n'),
    );
  });

  it('json: other properties of each body are kept', async () => {
    const result = await tclint(['fix', 'bodies.json']);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual([
      { type: 'ASN', 'AS Number': 'ASN12345', rating: 3 },
      { type: 'Host', hostName: 'xn--sterreich-z7a.icom.museum', confidence: 50 },
      { type: 'URL', text: 'http://example.com', tags: [{ name: 'phish' }] },
    ]);
  });

  it('ndjson: one line per line, a malformed line copied as it is', async () => {
    const result = await tclint(['fix', 'bodies.ndjson']);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe(
      [
        '{"type":"ASN","AS Number":"ASN12345","rating":3}',
        '{"type":"Host","hostName":"xn--sterreich-z7a.icom.museum"}',
        '{"type":"URL","text":"http://EXAMPLE.com"',
        '{"type":"CIDR","Block":"abc:def:10:0:0:0:0:0/48"}',
        '',
      ].join('\n'),
    );
    expect(result.stderr).toContain('invalid JSON on line 3, column 42');
  });

  it('batch: the v2 document with its groups and item properties', async () => {
    const result = await tclint(['fix', 'batch.json']);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({
      indicator: [
        { type: 'ASN', summary: 'ASN12345', rating: 3, confidence: 60 },
        { type: 'Registry Key', summary: `${HKEY} :   : REG_NONE`, rating: 1 },
        { type: 'Host', summary: 'xn--sterreich-z7a.icom.museum' },
      ],
      group: [],
    });
  });

  it('reads stdin and writes stdout', async () => {
    const result = await tclint(['fix', '--type', 'cidr'], { input: 'abc:def:10::/48\n' });
    expect(result).toEqual({ code: 0, stdout: 'abc:def:10:0:0:0:0:0/48\n', stderr: '' });
  });

  it('the bundled example fixes clean: every seed example passes afterwards', async () => {
    const dir = scratch();
    const fixed = await tclint(['fix', join(FIXTURES, '../examples/seed-indicators.csv'), '-o', join(dir, 'fixed.csv')]);
    expect(fixed).toEqual({ code: 0, stdout: '', stderr: '' });
    expect((await tclint(['check', join(dir, 'fixed.csv')])).code).toBe(0);
    expect((await tclint(['check', join(FIXTURES, '../examples/seed-indicators.csv')])).code).toBe(1);
  });
});

describe('tclint fix: where the output goes', () => {
  it('-o OUT writes the file (even when nothing changed)', async () => {
    const dir = scratch('clean.txt');
    const result = await tclint(['fix', 'clean.txt', '-o', 'out.txt'], { cwd: dir });
    expect(result).toEqual({ code: 0, stdout: '', stderr: '' });
    expect(readFileSync(join(dir, 'out.txt'), 'utf8')).toBe(fixture('clean.txt'));
  });

  it('--write replaces the file by renaming a complete temporary file over it, keeping its mode', async () => {
    const dir = scratch('indicators.csv', 'bodies.json');
    const target = join(dir, 'indicators.csv');
    chmodSync(target, 0o640);
    const before = statSync(target);
    const result = await tclint(['fix', '--write', 'indicators.csv', 'bodies.json'], { cwd: dir });
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    const after = statSync(target);
    // a rename leaves a new inode; writing in place would keep the old one
    expect(after.ino).not.toBe(before.ino);
    expect(after.mode & 0o777).toBe(0o640);
    expect(readFileSync(target, 'utf8')).toContain('ASN,ASN12345,3\n');
    expect(JSON.parse(readFileSync(join(dir, 'bodies.json'), 'utf8'))[0]).toEqual({ type: 'ASN', 'AS Number': 'ASN12345', rating: 3 });
    expect(readdirSync(dir).sort()).toEqual(['bodies.json', 'indicators.csv']);
  });

  it('--write leaves a file alone when nothing changed', async () => {
    const dir = scratch('clean.txt');
    const before = statSync(join(dir, 'clean.txt'));
    expect((await tclint(['fix', '--write', 'clean.txt'], { cwd: dir })).code).toBe(0);
    expect(statSync(join(dir, 'clean.txt')).ino).toBe(before.ino);
    expect(readdirSync(dir)).toEqual(['clean.txt']);
  });

  it('--write does not touch a file that could not be read completely', async () => {
    const dir = scratch();
    const broken = '[{"type": "ASN", "AS Number": "AS 1"},\n  {"type": "Host", "hostName": "EXAMPLE.com"\n';
    writeFileSync(join(dir, 'broken.json'), broken);
    const result = await tclint(['fix', '--write', 'broken.json'], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('invalid JSON');
    expect(readFileSync(join(dir, 'broken.json'), 'utf8')).toBe(broken);
    expect(readdirSync(dir)).toEqual(['broken.json']);
  });

  it('a JSON array cut mid-record: the complete records are fixed on stdout and the rest written as it was (exit 2); --write and -o refuse', async () => {
    const dir = scratch();
    const cut = '[\n  {"type": "ASN", "AS Number": "AS 1"},\n  {"type": "Host", "hostName": "EXAMPLE.com"},\n  {"type": "ASN", "AS Nu';
    writeFileSync(join(dir, 'cut.json'), cut);
    const result = await tclint(['fix', '--format', 'compact', 'cut.json'], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('[\n  {"type":"ASN","AS Number":"ASN1"},\n  {"type":"Host","hostName":"example.com"},\n  {"type": "ASN", "AS Nu');
    expect(result.stderr).toContain('cut.json: document, Error - invalid JSON at line 4, column 25 (tclint/read-error)');
    for (const args of [['fix', '--write', 'cut.json'], ['fix', '-o', 'out.json', 'cut.json']]) {
      const refused = await tclint(args, { cwd: dir });
      expect(refused.code, args.join(' ')).toBe(2);
      expect(refused.stderr).toContain('cut.json: not written: the input could not be read completely (invalid JSON at line 4, column 25)');
    }
    expect(readFileSync(join(dir, 'cut.json'), 'utf8')).toBe(cut);
    expect(readdirSync(dir)).toEqual(['cut.json']);
  });

  it('--write with stdin, --write with -o, and several inputs to stdout are usage errors', async () => {
    for (const args of [['fix', '--write'], ['fix', '--write', '-o', 'x', 'clean.txt'], ['fix', 'clean.txt', 'asn.txt'], ['fix', '-', '-']]) {
      const result = await tclint(args);
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.stdout).toBe('');
    }
  });
});

/** stdout as bytes (for byte-exact comparisons). */
async function tclintRaw(args: string[], input: Uint8Array): Promise<Buffer> {
  const { spawn } = await import('node:child_process');
  const { CLI } = await import('./test-harness.js');
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], { cwd: FIXTURES, env: { PATH: process.env.PATH ?? '' } });
    const chunks: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.on('error', reject);
    child.on('close', () => resolve(Buffer.concat(chunks)));
    child.stdin.end(input);
  });
}
