import { RuleTester } from '@tclint/rule-tester';
import { plugin } from '../index.js';

new RuleTester().run(plugin, 'structure', {
  valid: ['user@example.com', 'John.Doe@Example.COM', '"a@b"@example.com', '"john\\"doe"@example.com', 'user+tag@example.com', 'user@localhost', '.user@example.com'],
  invalid: [
    { value: '', errors: [{ messageId: 'empty', field: 'address', message: 'Email address is empty; expected local-part@domain' }] },
    { value: '   ', errors: ['empty'] },
    { name: 'missing address field', values: {}, errors: ['empty'] },
    { value: 'user.example.com', errors: [{ messageId: 'missingAt', message: 'Email address "user.example.com" has no "@"; expected local-part@domain' }] },
    {
      value: 'user(at)example.com',
      errors: [{ messageId: 'missingAt', data: { hint: '; it looks defanged: write "@" for "[at]" (the @tclint/indicator-defanged rules refang it)' } }],
    },
    { value: 'user[at]example[.]com', errors: ['missingAt'] },
    {
      value: 'user[@]example.com',
      errors: [
        {
          messageId: 'defangedAt',
          message: 'Email address "user[@]example.com" has "[@]" where its "@" belongs; it looks defanged: write "@" (the @tclint/indicator-defanged rules refang it)',
        },
      ],
    },
    { value: 'user(@)example.com', errors: [{ messageId: 'defangedAt', data: { written: '"(@)"' } }] },
    {
      value: 'a@b@example.com',
      errors: [{ messageId: 'multipleAt', message: 'Email address "a@b@example.com" has more than one "@" outside quotes; an email address has exactly one, between the local part and the domain' }],
    },
    { value: 'user@@example.com', errors: ['multipleAt'] },
    { value: '"a@b"@c@example.com', errors: ['multipleAt'] },
    { value: '@example.com', errors: [{ messageId: 'emptyLocalPart', message: 'Email address "@example.com" has nothing before the "@"; expected local-part@domain' }] },
    { value: 'user@', errors: [{ messageId: 'emptyDomain', message: 'Email address "user@" has nothing after the "@"; expected local-part@domain' }] },
    { value: '"user@example.com', errors: [{ messageId: 'unterminatedQuote', message: 'Email address "\\"user@example.com" starts a quoted local part that is never closed' }] },
  ],
});
