/** The README's examples are true of the code. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { computeSignature, parseAuthorization, readSignature, textOf } from './index.js';

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');

describe('README', () => {
  it('signs the table of test vectors', () => {
    const rows = [...readme.matchAll(/^\| `([^`]+:[A-Z]+:\d+)` \| `([^`]+)` \|$/gm)];
    expect(rows.length).toBe(3);
    for (const [, base, signature] of rows) expect(computeSignature('abcdefghijklmnopqrstuvwxyz0123456789ABCD', base!)).toBe(signature);
  });

  it('reads the header of the example as it says', () => {
    const header = parseAuthorization("tc  12345 :b'ZzVuIUzq/b9sDZwWBddim5oY3RrUKnWHvRhf5LAlOVM='");
    expect([header.scheme, textOf(header, header.schemeWord), textOf(header, header.gap), textOf(header, header.accessId)]).toEqual(['hmac', 'tc', '  ', '12345 ']);
    const signature = readSignature(textOf(header, header.signature));
    expect(signature.wrappers).toEqual([{ kind: 'bytesLiteral' }]);
    expect(signature.encoding).toBe('base64');
    for (const line of ["header.scheme; // 'hmac'", "textOf(header, header.schemeWord); // 'tc'", "textOf(header, header.accessId); // '12345 '", "signature.wrappers; // [{ kind: 'bytesLiteral' }]"]) expect(readme).toContain(line);
  });
});
