/** The README's examples are true of the code: its tables and its example output are checked here. */
import { readFileSync } from 'node:fs';
import { asChanges, createEngine, exchangeSubject, messageSubject } from '@tclint/core';
import { exampleTable, formatMessages, testReadme } from '@tclint/rule-tester';
import { describe, expect, it } from 'vitest';
import { plugin } from './index.js';
import { BASE, failed, TOKEN, v2 } from './testing/exchanges.js';

const text = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
const engine = createEngine({ config: [plugin.configs.recommended] });
const ids = (cell: string) => (cell ? cell.split(', ') : []);

function only(ruleId: string, subject: Parameters<typeof engine.check>[0]) {
  return engine.check(subject).messages.filter((m) => m.ruleId === ruleId);
}

// The examples are in tables, tested below.
testReadme(plugin, text, { url: 'https://github.com/tclint/tclint/tree/main/packages/errors/access-denied', examples: false });

describe('README', () => {
  it('example output', () => {
    const subject = failed(403, v2('Access Denied'), {
      url: `${BASE}/v2/groups/adversaries?owner=Common Community`,
      authorization: "tc 12345678901234567890:b'ZzVuIUzq/b9sDZwWBddim5oY3RrUKnWHvRhf5LAlOVM='",
    });
    expect(text).toContain(`\`\`\`text\n${formatMessages(engine.check(subject).messages)}\n\`\`\``);
  });

  it('usage', () => {
    const exchange = exchangeSubject({
      request: { method: 'GET', url: 'https://tc.example.com/api/v2/owners', headers: { Authorization: 'tc 12345678901234567890:ZzVuIUzq/b9sDZwWBddim5oY3RrUKnWHvRhf5LAlOVM=', Timestamp: '1513703787' } },
      response: { status: 401, headers: {}, body: '{"status":"Failure","message":"Access Denied"}' },
    });
    expect(engine.check(exchange).messages.map((m) => m.messageId)).toEqual(['malformedAuthorization']);
    const fixed = engine.fix(exchange);
    expect(fixed.output?.request.headers.Authorization).toBe('TC 12345678901234567890:ZzVuIUzq/b9sDZwWBddim5oY3RrUKnWHvRhf5LAlOVM=');
    expect(fixed.messages).toEqual([]);
    expect(text).toContain("engine.check(exchange).messages[0].messageId; // 'malformedAuthorization', with evidence, remedies and a fix");
  });

  it.each(exampleTable(text, 'authorization'))('access-denied/authorization: %s', (header, diagnosis, fix) => {
    const messages = only('access-denied/authorization', failed(401, v2('Access Denied'), { authorization: header === '' ? null : header }));
    expect(messages.map((m) => m.messageId)).toEqual(ids(diagnosis));
    expect(messages[0]?.fix ? asChanges(messages[0].fix)[0]?.value : '').toBe(fix);
  });

  it.each(exampleTable(text, 'owner'))('access-denied/owner: %s %s', (message, query, diagnosis, fixed) => {
    const url = `${BASE}/v2/groups${query}`;
    const messages = only('access-denied/owner', failed(404, v2(message), { url, authorization: `TC-Token ${TOKEN}` }));
    expect(messages.map((m) => m.messageId)).toEqual(ids(diagnosis));
    const fix = messages.find((m) => m.fix)?.fix;
    expect(fix ? asChanges(fix)[0]?.value : '').toBe(fixed ? `${BASE}/v2/groups${fixed}` : '');
  });

  it.each(exampleTable(text, 'not-licensed'))('access-denied/not-licensed: %s %s', (status, body, diagnosis) => {
    expect(only('access-denied/not-licensed', failed(Number(status), body)).map((m) => m.messageId)).toEqual(ids(diagnosis));
  });

  it.each(exampleTable(text, 'message'))('access-denied/message: %s', (message, diagnosis) => {
    expect(only('access-denied/message', messageSubject(message)).map((m) => m.messageId)).toEqual(ids(diagnosis));
  });
});
