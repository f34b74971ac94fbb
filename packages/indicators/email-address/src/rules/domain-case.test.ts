import { RuleTester } from '@tclint/rule-tester';
import { plugin } from '../index.js';

new RuleTester().run(plugin, 'domain-case', {
  valid: ['user@example.com', 'John.Doe@example.com', 'user@österreich.icom.museum'],
  invalid: [
    {
      value: 'John.Doe@EXAMPLE.com',
      errors: [
        {
          messageId: 'uppercase',
          field: 'address',
          severity: 'warning',
          message: 'The domain "EXAMPLE.com" of "John.Doe@EXAMPLE.com" has upper-case letters; ThreatConnect accepts them but stores the domain in lower case, like a Host: "John.Doe@example.com"',
        },
      ],
      output: 'John.Doe@example.com',
    },
    { name: 'the local part keeps its case', value: 'MixedCase.Local@Example.Org', errors: ['uppercase'], output: 'MixedCase.Local@example.org' },
    { value: 'user@EXAMPLE.COM.', errors: ['uppercase'], output: 'user@example.com.' },
    { name: 'not fixed where the domain would still be refused', value: 'user@LOCALHOST', errors: ['uppercase'], output: null },
  ],
});
