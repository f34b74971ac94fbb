/// <reference types="node" />
import { readFileSync } from 'node:fs';
import { createEngine, indicator } from '@tclint/core';
import { testReadme } from '@tclint/rule-tester';
import { describe, expect, it } from 'vitest';
import { plugin } from './index.js';

testReadme(plugin, readFileSync(new URL('../README.md', import.meta.url), 'utf8'), {
  url: 'https://github.com/tclint/tclint/tree/main/packages/indicators/file',
});

describe('README.md', () => {
  it('does what the usage section says', () => {
    const engine = createEngine({ config: [plugin.configs.recommended] });
    const result = engine.fix(indicator('File', { md5: 'D4:1D:8C:D9:8F:00:B2:04:E9:80:09:98:EC:F8:42:7E ' }));
    expect(result.output?.values).toEqual({ md5: 'd41d8cd98f00b204e9800998ecf8427e' });
    expect(result.messages).toEqual([]);
  });
});
