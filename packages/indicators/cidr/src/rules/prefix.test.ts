import { RuleTester } from '@tclint/rule-tester';
import { plugin } from '../index.js';

new RuleTester().run(plugin, 'prefix', {
  valid: ['10.0.0.0/8', '10.0.0.0/0', '10.0.0.1/32', '0:0:0:0:0:0:0:0/128', 'abc:def:10:0:0:0:0:0/48', '10.0.0.0/255.0.0.0', '10.0.0.1'],
  invalid: [
    // the spec's example
    {
      value: '10.0.0.0/08',
      errors: [{ messageId: 'leadingZeros', field: 'Block', message: 'Prefix length "/08" in "10.0.0.0/08" has leading zeros; write /8' }],
      output: '10.0.0.0/8',
    },
    { value: 'abc:def:10:0:0:0:0:0/048', errors: ['leadingZeros'], output: 'abc:def:10:0:0:0:0:0/48' },
    { value: '10.0.0.0/00', errors: ['leadingZeros'], output: '10.0.0.0/0' },
    { value: '10.0.0.0/0000000008', errors: ['leadingZeros'], output: '10.0.0.0/8' },
    { value: ' 10.0.0.0/08 ', errors: ['leadingZeros'], output: ' 10.0.0.0/8 ' },
    {
      value: '10.0.0.0/33',
      errors: [{ messageId: 'outOfRange', message: 'Prefix length /33 in "10.0.0.0/33" is out of range; an IPv4 prefix length is 0..32' }],
      output: null,
    },
    { value: '2001:db8:0:0:0:0:0:0/129', errors: [{ messageId: 'outOfRange', data: { family: '6', max: '128' } }], output: null },
    { value: '10.0.0.0/033', errors: ['outOfRange'], output: null },
    { value: '10.0.0.0/99999999999999999999', errors: ['outOfRange'], output: null },
    { value: '10.0.0.0/', errors: [{ messageId: 'missingLength', message: '"10.0.0.0/" ends in "/" without a prefix length; write /0..32' }], output: null },
    { value: '10.0.0.0/abc', errors: [{ messageId: 'invalid', message: 'Prefix length "/abc" in "10.0.0.0/abc" is not a decimal number; write /0..32' }], output: null },
    { value: '10.0.0.0/+8', errors: ['invalid'], output: null },
    { value: '10.0.0.0/-1', errors: ['invalid'], output: null },
    { value: '10.0.0.0/ 8', errors: ['invalid'], output: null },
    { value: '10.0.0.0/8.0', errors: ['invalid'], output: null },
    { value: '10.0.0.0/0x8', errors: ['invalid'], output: null },
    { name: 'full-width digits', value: '10.0.0.0/\uff18', errors: ['invalid'], output: null },
    { value: '2001:db8:0:0:0:0:0:0/64/64', errors: ['invalid'], output: null },
    { value: 'fe80::/64%eth0', errors: ['invalid'], output: null },
  ],
});
