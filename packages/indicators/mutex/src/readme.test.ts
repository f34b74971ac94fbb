/// <reference types="node" />
import { readFileSync } from 'node:fs';
import { createEngine, indicator } from '@tclint/core';
import { testReadme } from '@tclint/rule-tester';
import { describe, expect, it } from 'vitest';
import { plugin } from './index.js';

testReadme(plugin, readFileSync(new URL('../README.md', import.meta.url), 'utf8'), {
  url: 'https://github.com/tclint/tclint/tree/main/packages/indicators/mutex',
});

describe('README.md', () => {
  it('does what the usage section says', () => {
    const engine = createEngine({ config: [plugin.configs.recommended] });
    const result = engine.fix(indicator('Mutex', { Mutex: ' Global\\MSCTF.Shared.MUTEX.ZRX\r\n' }));
    expect(result.output?.values).toEqual({ Mutex: 'Global\\MSCTF.Shared.MUTEX.ZRX' });
    expect(result.messages).toEqual([]);
  });
});
