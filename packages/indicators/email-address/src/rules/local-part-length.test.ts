import { RuleTester } from '@tclint/rule-tester';
import { plugin } from '../index.js';

new RuleTester().run(plugin, 'local-part-length', {
  valid: ['user@example.com', `${'a'.repeat(64)}@example.com`],
  invalid: [
    {
      value: `${'a'.repeat(65)}@example.com`,
      errors: [{ messageId: 'tooLong', severity: 'warning', data: { length: '65' } }],
    },
    { name: 'length counts UTF-8 octets', value: `${'é'.repeat(33)}@example.com`, errors: [{ messageId: 'tooLong', data: { length: '66' } }] },
  ],
});
