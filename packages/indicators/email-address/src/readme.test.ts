/// <reference types="node" />
import { readFileSync } from 'node:fs';
import { createEngine, indicator } from '@tclint/core';
import { testReadme } from '@tclint/rule-tester';
import { describe, expect, it } from 'vitest';
import { normalizeEmailAddress, plugin } from './index.js';

const README = readFileSync(new URL('../README.md', import.meta.url), 'utf8');

testReadme(plugin, README, { url: 'https://github.com/tclint/tclint/tree/main/packages/indicators/email-address' });

describe('README', () => {
  it('tells the truth in the usage and library examples', () => {
    const engine = createEngine({ config: [plugin.configs.recommended] });
    const result = engine.fix(indicator('EmailAddress', { address: ' Hans.Müller@Faß.DE. ' }));
    expect(result.output?.values.address).toBe('Hans.Müller@xn--fa-hia.de');
    expect(normalizeEmailAddress('John.Doe@EXAMPLE.com')).toMatchObject({
      ok: false,
      value: 'John.Doe@example.com',
      problems: [{ rule: 'domain', messageId: 'uppercase', fix: 'John.Doe@example.com' }],
    });
    expect(normalizeEmailAddress('a@b@example.com').value).toBeUndefined();
  });
});
