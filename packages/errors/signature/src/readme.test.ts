import { readFileSync } from 'node:fs';
import { createEngine, exchangeSubject } from '@tclint/core';
import { testReadme } from '@tclint/rule-tester';
import { describe, expect, it } from 'vitest';
import { plugin } from './index.js';

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');

// The rule table and sections; the examples are exchanges, checked below through the README's example output.
testReadme(plugin, readme, { url: 'https://github.com/tclint/tclint/tree/main/packages/errors/signature', examples: false });

/** The JSON block that follows `<!-- example-output: <name> -->` in the README. */
function exampleOutput(name: string): unknown {
  const marker = `<!-- example-output: ${name} -->`;
  const start = readme.indexOf('```json', readme.indexOf(marker));
  const end = readme.indexOf('```', start + 7);
  if (readme.indexOf(marker) < 0 || start < 0 || end < 0) throw new Error(`README has no example output "${name}"`);
  return JSON.parse(readme.slice(start + 7, end));
}

describe('README', () => {
  // The subject of the README's usage example.
  const subject = exchangeSubject({
    request: {
      method: 'GET',
      url: 'https://tc.example/api/v2/indicators/hosts/example.com?owner=Common%20Community',
      headers: { Timestamp: '1513703787', Authorization: 'TC 12345678901234567890:D6qa14zDfUi+30tNoEJgqDF/niO6GeFR+S1GpjMGZSY=' },
    },
    response: { status: 401, headers: {}, body: '{"status":"Failure","message":"Signature data did not match expected result"}' },
    secretKey: 'abcdefghijklmnopqrstuvwxyz0123456789ABCD',
  });
  const engine = createEngine({ config: [plugin.configs.recommended] });

  it('shows the evidence and remedies the code reports', () => {
    const shown = engine.check(subject).messages.map(({ ruleId, messageId, message, field, classId, evidence, remedies, fix }) => ({ ruleId, messageId, message, field, classId, evidence, remedies, fix }));
    expect(shown).toEqual(exampleOutput('exchange'));
  });

  it('shows the fixed header the code computes', () => {
    expect(engine.fix(subject).output?.request.headers.Authorization).toBe('TC 12345678901234567890:QDzskcM/ITeSy+S4vncWGvCLVOKdCu6Skv09S9MdSww=');
    expect(readme).toContain("// 'TC 12345678901234567890:QDzskcM/ITeSy+S4vncWGvCLVOKdCu6Skv09S9MdSww='");
  });
});
