import { createLinter } from '@tclint/preset';
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { collect, tempDir } from '../testing/temp.js';
import { lintInput, lintInputBatches } from './lint-input.js';

describe('lintInput', () => {
  it('lintInputBatches reports what lintInput does, in the same order, and writes the same bytes', async () => {
    const lines = Array.from({ length: 500 }, (_, i) => (i % 50 === 7 ? '' : i % 3 ? `AS ${i}` : `ASN${i}`)).join('\n') + '\n';
    const t = tempDir({ 'a.txt': lines, 'b.txt': lines });
    const linter = createLinter();
    const one = await collect(lintInput(linter, t.path('a.txt'), { type: 'ASN', output: 'in-place' }));
    const batches = await collect(lintInputBatches(linter, t.path('b.txt'), { type: 'ASN', output: 'in-place' }));
    expect(batches.length).toBeLessThan(one.length / 10);
    expect(batches.flat()).toEqual(one.map((r) => ({ ...r, source: t.path('b.txt') })));
    expect(t.read('b.txt')).toBe(t.read('a.txt'));
    expect(t.read('a.txt')).not.toBe(lines);
  });
});

describe('lintInput with the official packages', () => {
  const linter = createLinter();

  it('fixes a file of ASNs and CIDR blocks in place', async () => {
    const t = tempDir({ 'asn.txt': 'AS 12345\r\nASN12345\r\n', 'cidr.csv': 'type,value,note\nCIDR,abc:def:10::/48,"a, b"\n' });
    await collect(lintInput(linter, t.path('asn.txt'), { type: 'ASN', output: 'in-place' }));
    expect(t.read('asn.txt')).toBe('ASN12345\r\nASN12345\r\n');
    await collect(lintInput(linter, t.path('cidr.csv'), { output: 'in-place' }));
    expect(t.read('cidr.csv')).toBe('type,value,note\nCIDR,abc:def:10:0:0:0:0:0/48,"a, b"\n');
  });

  it("writes ThreatConnect's type name for a feed's (ip-dst, domain, md5) and counts it as a fix; an unknown type stays, with its error", async () => {
    const csv = 'type,value\nip-dst,103.40.102.233\ndomain,WWW.ELEVEN.MYPOP3.ORG\nmd5,495a0b8c3e8e5c8f3a1a2b3c4d5e6f70\nAddres,1.2.3.4\n';
    const t = tempDir({ 'feed.csv': csv, 'copy.csv': csv });
    const reports = await collect(lintInput(linter, t.path('feed.csv'), { output: 'in-place' }));
    expect(t.read('feed.csv')).toBe('type,value\nAddress,103.40.102.233\nHost,www.eleven.mypop3.org\nFile,495a0b8c3e8e5c8f3a1a2b3c4d5e6f70\nAddres,1.2.3.4\n');
    expect(reports.map((r) => [r.output !== undefined, r.messages.map((m) => m.ruleId)])).toEqual([
      [true, []],
      [true, []],
      [true, []],
      [false, ['tclint/unknown-type']],
    ]);
    // checking (not fixing) keeps the alias warnings: the type name to write is the finding
    const checked = await collect(lintInput(linter, t.path('copy.csv')));
    expect(checked.map((r) => r.messages[0]?.ruleId)).toEqual(['tclint/type-alias', 'tclint/type-alias', 'tclint/type-alias', 'tclint/unknown-type']);
  });

  it('writes a UTF-16 file back in UTF-16, BOM and all; comment lines stay as they are', async () => {
    const text = '\uFEFF# exported from the sandbox\r\nAS 1\r\nASN2\r\n';
    const bytes = (s: string) => Buffer.from(s, 'utf16le');
    const t = tempDir({ 'asn.txt': bytes(text) });
    const reports = await collect(lintInput(linter, t.path('asn.txt'), { type: 'ASN', output: 'in-place' }));
    expect(reports.map((r) => r.line)).toEqual([2, 3]);
    expect(readFileSync(t.path('asn.txt'))).toEqual(bytes('\uFEFF# exported from the sandbox\r\nASN1\r\nASN2\r\n'));
  });

  it('reads a third-party CSV by the columns given (config or --columns)', async () => {
    const t = tempDir({ 'export.csv': 'Kind,Observable,Seen\nHost,EXAMPLE.com,2024\n' });
    await collect(lintInput(linter, t.path('export.csv'), { output: 'in-place', columns: { type: 'Kind', value: 2 } }));
    expect(t.read('export.csv')).toBe('Kind,Observable,Seen\nHost,example.com,2024\n');
  });
});
