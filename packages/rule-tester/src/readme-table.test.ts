import { describe, expect, it } from 'vitest';
import { exampleTable, formatMessages } from './readme-table.js';

const README = `# x

<!-- examples: owner -->

| message | query | diagnosis |
|---|---|---|
| \`The requested owner was not found\` | \`?owner=A B\` | ownerNotFound, ownerNotEncoded |
| \`Access Denied\` | — | ownerAccess |

after
`;

describe('exampleTable', () => {
  it('reads the rows after the marker, cells without backticks, "—" as empty', () => {
    expect(exampleTable(README, 'owner')).toEqual([
      ['The requested owner was not found', '?owner=A B', 'ownerNotFound, ownerNotEncoded'],
      ['Access Denied', '', 'ownerAccess'],
    ]);
  });
  it('names a missing table', () => {
    expect(() => exampleTable(README, 'token')).toThrow('README has no examples table "token"');
  });
});

describe('formatMessages', () => {
  it('prints evidence, remedies and fixes under each message', () => {
    const text = formatMessages([
      { ruleId: 'a/b', messageId: 'm', message: 'Broken', severity: 'error', evidence: ['seen'], remedies: ['do'], fix: { field: 'f', value: 'v' } } as never,
      { ruleId: 'a/c', messageId: 'n', message: 'Odd', severity: 'warning', fix: { field: 'g', value: 'two\nlines' } } as never,
    ]);
    expect(text).toBe('error a/b (m)\n  Broken\n  evidence: seen\n  remedy: do\n  fix: f = v\n\nwarning a/c (n)\n  Odd\n  fix: g = "two\\nlines"');
  });
});
