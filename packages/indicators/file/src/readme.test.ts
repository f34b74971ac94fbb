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
    expect(result.output?.values).toEqual({ md5: 'D41D8CD98F00B204E9800998ECF8427E' });
    expect(result.messages).toEqual([]);
  });
});
