import { RuleTester } from '@tclint/rule-tester';
import { plugin } from '../index.js';

const label63 = 'a'.repeat(63);
const name253 = `${label63}.${label63}.${label63}.${'b'.repeat(61)}`;

new RuleTester().run(plugin, 'name-length', {
  valid: ['example.com', name253],
  invalid: [
    {
      value: `${name253}c`,
      errors: [
        {
          messageId: 'nameTooLong',
          severity: 'warning',
          message: `Host "${name253.slice(0, 64)}"… (254 characters) is 254 characters long; DNS allows at most 253 octets in ASCII form, so no such host exists (ThreatConnect accepts it)`,
        },
      ],
    },
  ],
});
