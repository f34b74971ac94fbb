import { indicator } from '@tclint/core';
import { MB, testLongInputs } from '@tclint/rule-tester';
import { plugin } from './index.js';

testLongInputs(plugin, {
  subject: (value) => indicator('ASN', { 'AS Number': value }),
  inputs: {
    digits: '9'.repeat(MB),
    'prefixed digits': `ASN${'0'.repeat(MB)}1`,
    'digits then junk': `AS${'1'.repeat(MB)}x`,
    dots: '.'.repeat(MB),
    'digit-dot runs': '1.'.repeat(MB / 2),
    colons: ':'.repeat(MB),
    hyphens: '-'.repeat(MB),
    brackets: '[.]'.repeat(MB / 3),
    backslashes: '\\'.repeat(MB),
    punycode: 'xn--'.repeat(MB / 4),
    'spaces inside': `ASN${' '.repeat(MB)}1`,
    prefixes: 'AS'.repeat(MB / 2),
  },
  also: (value) => plugin.detect(value),
});
