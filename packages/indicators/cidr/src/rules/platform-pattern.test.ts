import { RuleTester } from '@tclint/rule-tester';
import { plugin } from '../index.js';

// Alone (as the rule tester runs it), the backstop reports every value ThreatConnect's recorded CIDR patterns refuse.
new RuleTester().run(plugin, 'platform-pattern', {
  valid: [
    // seed: CORRECT
    'abc:def:10:0:0:0:0:0/48',
    '10.0.0.0/8',
    '0:0:0:0:0:0:0:0/0',
    // accepted by the pattern, though not the form ThreatConnect stores (warnings of other rules)
    'ABC:DEF:10:0:0:0:0:0/48',
    '2001:db8:0:0:0:0:0:1/48',
    '10.0.0.1/8',
  ],
  invalid: [
    // seed: INCORRECT, verbatim
    { value: 'abc:def:10::/48', errors: [{ messageId: 'mismatch', field: 'Block', severity: 'error' }] },
    { value: '0abc:def:10:0:0:0:0:0/48', errors: ['mismatch'] },
    { value: 'abc:0def:10:0:0:0:0:0/48', errors: ['mismatch'] },
    { value: 'abc:def:0010:0:0:0:0:0/48', errors: ['mismatch'] },
    { value: 'abc:def:10:0000:0000:0000:0000:0000/48', errors: ['mismatch'] },
    { value: '2001:0DB8:1234:0000:0000:0000:0000:0000', errors: ['mismatch'] },
    // the spec's other examples
    { value: '010.0.0.0/8', errors: ['mismatch'] },
    { value: '10.0.0.0/08', errors: ['mismatch'] },
    { value: '10.0.0.0/255.0.0.0', errors: ['mismatch'] },
    { value: 'fe80::%eth0/64', errors: ['mismatch'] },
    { value: '::ffff:1.2.3.0/120', errors: ['mismatch'] },
    {
      value: ' 10.0.0.0/8',
      errors: [{ messageId: 'mismatch', data: { type: 'CIDR', field: 'Block', value: '" 10.0.0.0/8"' } }],
    },
  ],
});
