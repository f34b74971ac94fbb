import { readFileSync } from 'node:fs';
import { createEngine, exchangeSubject } from '@tclint/core';
import { testReadme } from '@tclint/rule-tester';
import { describe, expect, it } from 'vitest';
import { plugin } from './index.js';

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');

// The Correct and Incorrect blocks sketch exchanges in prose; the example outputs are tested below.
testReadme(plugin, readme, { url: 'https://github.com/tclint/tclint/tree/main/packages/errors/timestamp', examples: false });

/** The JSON block that follows `<!-- example-output: <name> -->` in the README. */
function exampleOutput(name: string): unknown {
  const marker = readme.indexOf(`<!-- example-output: ${name} -->`);
  const start = readme.indexOf('```json', marker);
  const end = readme.indexOf('```', start + 7);
  if (marker < 0 || start < 0 || end < 0) throw new Error(`README has no example output "${name}"`);
  return JSON.parse(readme.slice(start + 7, end));
}

const engine = createEngine({ config: [plugin.configs.recommended] });
const shown = (subject: Parameters<typeof engine.check>[0]) =>
  engine.check(subject).messages.map(({ ruleId, messageId, message, field, classId, evidence, remedies, fix }) => ({ ruleId, messageId, message, field, classId, evidence, remedies, fix }));
const AUTHORIZATION = 'TC 12345:ZzVuIUzq/b9sDZwWBddim5oY3RrUKnWHvRhf5LAlOVM=';

describe('README', () => {
  it('shows the evidence and remedies of the usage example', () => {
    const subject = exchangeSubject({
      request: { method: 'GET', url: 'https://tc.example/api/v2/owners', headers: { Timestamp: '1700000400', Authorization: AUTHORIZATION } },
      response: { status: 401, headers: { Date: 'Tue, 14 Nov 2023 22:26:52 GMT' }, body: '{"status":"Error","errCode":"0x1002","message":"Timestamp out of acceptable time range"}' },
      localTime: 1700000400300,
    });
    expect(shown(subject)).toEqual(exampleOutput('exchange'));
  });

  it('shows the millisecond diagnosis and its fix', () => {
    const subject = exchangeSubject({
      request: { method: 'GET', url: 'https://tc.example/api/v2/owners', headers: { Timestamp: '1700000000123', Authorization: AUTHORIZATION } },
      response: { status: 401, headers: { Date: 'Tue, 14 Nov 2023 22:13:20 GMT' }, body: '{"status":"Failure","message":"Timestamp out of acceptable time range"}' },
    });
    expect(shown(subject)).toEqual(exampleOutput('milliseconds'));
  });
});
