import { indicator, indicatorFromSummary } from '@tclint/core';
import { ADVERSARIAL_INPUTS, MB, testLongInputs } from '@tclint/rule-tester';
import { USER_AGENT_STRING } from './field.js';
import { plugin } from './index.js';

testLongInputs(plugin, {
  subject: (value) => indicator('User Agent', { [USER_AGENT_STRING]: value }),
  inputs: {
    ...ADVERSARIAL_INPUTS,
    'line breaks': '\r\n'.repeat(MB / 2),
    'open parentheses': `a/1 ${'('.repeat(MB)}`,
    'nested comments': `a/1 ${'('.repeat(MB / 2)}${')'.repeat(MB / 2)}`,
    'many products': 'a/1 '.repeat(MB / 4),
    'a long version': `curl/${'7.'.repeat(MB / 2)}`,
    'quoted pairs': `a/1 (${'\\)'.repeat(MB / 2)}`,
    'slashes': `a/1${'/'.repeat(MB)}`,
  },
  warmUp: ' warm/1\n',
  also: (value, engine) => engine.check(indicatorFromSummary(value)),
});
