import { indicator, indicatorFromSummary } from '@tclint/core';
import { ADVERSARIAL_INPUTS, MB, testLongInputs } from '@tclint/rule-tester';
import { SUBJECT } from './field.js';
import { plugin } from './index.js';

testLongInputs(plugin, {
  subject: (value) => indicator('Email Subject', { [SUBJECT]: value }),
  inputs: {
    ...ADVERSARIAL_INPUTS,
    'whitespace around': `${' '.repeat(MB / 2)}x${'\u3000'.repeat(MB / 2)}`,
    'line breaks': '\n'.repeat(MB),
    'a control character at the end': `${'a'.repeat(MB)}\u0000`,
    'a word, then whitespace': `a${' '.repeat(MB)}`,
    'words and spaces': 'a '.repeat(MB / 2),
    'reply prefixes': 'Re:'.repeat(MB / 3),
    'reply prefix, then nothing': `Re:${' '.repeat(MB)}`,
    'summary separators': ' : '.repeat(MB / 3),
  },
  warmUp: ' warm\n',
  also: (value, engine) => engine.check(indicatorFromSummary(value)),
});
