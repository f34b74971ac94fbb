import { RuleTester } from '@tclint/rule-tester';
import { plugin } from '../index.js';

new RuleTester().run(plugin, 'at', {
  valid: [{ type: 'EmailAddress', value: 'john@example.com' }, { type: 'EmailAddress', value: 'john[att]example.com' }, 'attack.example.com'],
  invalid: [
    {
      type: 'EmailAddress',
      value: 'john[@]example.com',
      errors: [
        {
          messageId: 'at',
          field: 'address',
          message: '"john[@]example.com" has the defanged at sign "[@]"; ThreatConnect needs "@": "john@example.com"',
        },
      ],
      output: 'john@example.com',
    },
    { type: 'EmailAddress', value: 'john(@)example.com', errors: ['at'], output: 'john@example.com' },
    { type: 'EmailAddress', value: 'john(at)example.com', errors: [{ messageId: 'at', data: { written: '"(at)"' } }], output: 'john@example.com' },
    { type: 'EmailAddress', value: 'john[at]example.com', errors: ['at'], output: 'john@example.com' },
    { type: 'EmailAddress', value: 'John{AT}Example.com', errors: ['at'], output: 'John@Example.com' },
    { name: 'only the at sign: the dots are defanged/dot\'s', type: 'EmailAddress', value: 'john [at] example [dot] com', errors: [{ messageId: 'at', data: { written: '" [at] "' } }], output: 'john@example [dot] com' },
    { type: 'URL', value: 'http://user[@]example.com/', errors: [{ messageId: 'at', field: 'text' }], output: 'http://user@example.com/' },
  ],
});
