import { indicator, indicatorFromSummary } from '@tclint/core';
import { ADVERSARIAL_INPUTS, MB, testLongInputs } from '@tclint/rule-tester';
import { MUTEX } from './field.js';
import { plugin } from './index.js';

testLongInputs(plugin, {
  subject: (value) => indicator('Mutex', { [MUTEX]: value }),
  inputs: {
    ...ADVERSARIAL_INPUTS,
    'whitespace around': `${' '.repeat(MB / 2)}x${'\u3000'.repeat(MB / 2)}`,
    'line breaks': '\n'.repeat(MB),
    'a control character at the end': `${'a'.repeat(MB)}\u0000`,
    namespaces: 'Global\\'.repeat(MB / 7),
    'session prefix': `Session\\${'1'.repeat(MB)}`,
  },
  warmUp: ' warm\n',
  also: (value, engine) => engine.check(indicatorFromSummary(value)),
});
