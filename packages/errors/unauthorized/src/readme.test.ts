/** The README's examples are true of the code: its tables and its example output are checked here. */
import { readFileSync } from 'node:fs';
import { createEngine, exchangeSubject, messageSubject } from '@tclint/core';
import { exampleTable, formatMessages, testReadme } from '@tclint/rule-tester';
import { describe, expect, it } from 'vitest';
import { plugin } from './index.js';
import { failed, NOW, TOKEN, v2, v3 } from './testing/exchanges.js';

const text = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
const engine = createEngine({ config: [plugin.configs.recommended] });
const ids = (cell: string) => (cell ? cell.split(', ') : []);
const only = (ruleId: string, subject: Parameters<typeof engine.check>[0]) => engine.check(subject).messages.filter((m) => m.ruleId === ruleId);

// The examples are in tables, tested below.
testReadme(plugin, text, { url: 'https://github.com/tclint/tclint/tree/main/packages/errors/unauthorized', examples: false });

describe('README', () => {
  it('usage', () => {
    const token = TOKEN;
    const result = engine.check(
      exchangeSubject({
        request: { method: 'GET', url: 'https://tc.example.com/api/v3/indicators', headers: { Authorization: `TC-Token ${token}` } },
        response: { status: 401, headers: { Date: 'Tue, 14 Nov 2023 22:13:20 GMT' }, body: '{"status":"Error","errCode":"0x1002","message":"Unauthorized"}' },
        tokenExpires: 1699992739,
      }),
    );
    expect(result.messages[0]?.messageId).toBe('tokenExpired');
    expect(text).toContain("result.messages[0].messageId; // 'tokenExpired'");
  });

  it('example output', () => {
    const subject = failed(401, v3('Unauthorized'), { tokenExpires: 1699992739, tokenIssued: 1699978400 });
    expect(text).toContain(`\`\`\`text\n${formatMessages(engine.check(subject).messages)}\n\`\`\``);
  });

  it.each(exampleTable(text, 'token'))('unauthorized/token: %s', (header, diagnosis) => {
    const messages = only('unauthorized/token', failed(401, v2('Unauthorized'), { authorization: header === '' ? null : header }));
    expect(messages.map((m) => m.messageId)).toEqual(ids(diagnosis));
  });

  it.each(exampleTable(text, 'expiry'))('unauthorized/expiry: %s %s', (expires, issued, diagnosis) => {
    const subject = failed(401, v2('Unauthorized'), { ...(expires ? { tokenExpires: Number(expires) } : {}), ...(issued ? { tokenIssued: Number(issued) } : {}) });
    expect(text).toContain(`Diagnosis (response \`Date\`: ${new Date(NOW * 1000).toUTCString()})`);
    expect(only('unauthorized/expiry', subject).map((m) => m.messageId)).toEqual(ids(diagnosis));
  });

  it.each(exampleTable(text, 'renewal'))('unauthorized/renewal: %s %s', (status, body, diagnosis) => {
    expect(only('unauthorized/renewal', failed(Number(status), body)).map((m) => m.messageId)).toEqual(ids(diagnosis));
  });

  it.each(exampleTable(text, 'message'))('unauthorized/message: %s', (message, diagnosis) => {
    expect(only('unauthorized/message', messageSubject(message)).map((m) => m.messageId)).toEqual(ids(diagnosis));
  });
});
