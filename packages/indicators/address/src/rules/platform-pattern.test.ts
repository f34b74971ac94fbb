import { RuleTester } from '@tclint/rule-tester';
import { plugin } from '../index.js';

// Alone (as the rule tester runs it), the backstop reports every value ThreatConnect's recorded Address patterns refuse.
new RuleTester().run(plugin, 'platform-pattern', {
  valid: [
    '10.0.0.1',
    '2001:db8:0:0:0:0:0:1',
    // accepted by the pattern, though not the form ThreatConnect stores (warnings of other rules)
    '2001:db8::1',
    '2001:0DB8:0000:0000:0000:0000:0000:0001',
    '::',
    '010.0.0.1',
    '1:2:3:4::5:6:7:8',
  ],
  invalid: [
    { value: '::ffff:1.2.3.4', errors: [{ messageId: 'mismatch', field: 'ip', severity: 'error' }] },
    { value: 'fe80::1%eth0', errors: ['mismatch'] },
    { value: '[2001:db8::1]', errors: ['mismatch'] },
    { value: '10.0.0.1/32', errors: ['mismatch'] },
    { value: '10.0.0.1:8080', errors: ['mismatch'] },
    { value: '0010.0.0.1', errors: ['mismatch'] },
    { value: '256.0.0.1', errors: ['mismatch'] },
    { value: ' 10.0.0.1', errors: [{ messageId: 'mismatch', data: { type: 'Address', field: 'ip', value: '" 10.0.0.1"' } }] },
    { value: 'example.com', errors: ['mismatch'] },
  ],
});
