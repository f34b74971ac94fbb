/// <reference types="node" />
import { readFileSync } from 'node:fs';
import { createEngine, indicator } from '@tclint/core';
import { testReadme } from '@tclint/rule-tester';
import { describe, expect, it } from 'vitest';
import { storedEmailAddress, plugin } from './index.js';

const README = readFileSync(new URL('../README.md', import.meta.url), 'utf8');

testReadme(plugin, README, { url: 'https://github.com/tclint/tclint/tree/main/packages/indicators/email-address' });

describe('README', () => {
  it('tells the truth in the usage and library examples', () => {
    const engine = createEngine({ config: [plugin.configs.recommended] });
    const result = engine.fix(indicator('EmailAddress', { address: ' Hans.Mueller@Faß.DE. ' }));
    expect(result.output?.values.address).toBe('Hans.Mueller@xn--fa-hia.de');
    expect(storedEmailAddress('John.Doe@EXAMPLE.com')).toBe('John.Doe@example.com');
    expect(storedEmailAddress('a@b@example.com')).toBeUndefined();
  });
});
