import { RuleTester } from '@tclint/rule-tester';
import { plugin } from '../index.js';

const agent = (n: number) => `curl/${'7'.repeat(n - 5)}`;

new RuleTester().run(plugin, 'length', {
  valid: [agent(256), 'curl/8.4.0', '', { name: '256 emoji are 256 characters to Java (512 UTF-16 code units)', value: '😀'.repeat(256) }],
  invalid: [
    {
      name: '257 characters',
      value: agent(257),
      errors: [
        {
          messageId: 'tooLong',
          field: 'User Agent String',
          data: { length: 257 },
          message: `User Agent "${agent(257).slice(0, 64)}"… (257 characters) has 257 characters; ThreatConnect's User Agent pattern accepts at most 256. Not fixed: ThreatConnect cannot store this string`,
        },
      ],
    },
    { name: '257 emoji', value: '😀'.repeat(257), errors: [{ messageId: 'tooLong', data: { length: 257 } }] },
  ],
});
