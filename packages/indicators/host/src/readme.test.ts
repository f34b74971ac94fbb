/// <reference types="node" />
import { readFileSync } from 'node:fs';
import { testReadme } from '@tclint/rule-tester';
import { plugin } from './index.js';

testReadme(plugin, readFileSync(new URL('../README.md', import.meta.url), 'utf8'), {
  url: 'https://github.com/tclint/tclint/tree/main/packages/indicators/host',
});
