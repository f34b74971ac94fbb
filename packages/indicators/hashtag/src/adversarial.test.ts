import { indicator, indicatorFromSummary } from '@tclint/core';
import { ADVERSARIAL_INPUTS, MB, testLongInputs } from '@tclint/rule-tester';
import { HASHTAG } from './field.js';
import { plugin } from './index.js';

testLongInputs(plugin, {
  subject: (value) => indicator('Hashtag', { [HASHTAG]: value }),
  inputs: {
    ...ADVERSARIAL_INPUTS,
    'whitespace around': `${' '.repeat(MB / 2)}x${'\u3000'.repeat(MB / 2)}`,
    'line breaks': '\n'.repeat(MB),
    'a control character at the end': `${'a'.repeat(MB)}\u0000`,
    hashes: '#'.repeat(MB),
    'a long word': `#${'a'.repeat(MB)}`,
    'a long word without #': 'a'.repeat(MB),
    'a space at the end of a word': `#${'a'.repeat(MB)} b`,
    'full-width hashes': '\uff03'.repeat(MB),
    'combining marks': `#${'\u0301'.repeat(MB)}`,
  },
  warmUp: ' warm\n',
  also: (value, engine) => engine.check(indicatorFromSummary(value)),
});
