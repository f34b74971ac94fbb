import { RuleTester } from '@tclint/rule-tester';
import { plugin } from '../index.js';

const name = (n: number) => 'm'.repeat(n);

new RuleTester().run(plugin, 'length', {
  valid: [
    name(260),
    `Global\\${name(260)}`,
    `Local\\${name(260)}`,
    { name: '260 emoji are 260 characters to Java (520 UTF-16 code units)', value: '😀'.repeat(260) },
    { name: 'the namespace alone is a name', value: 'Global\\' },
    '',
  ],
  invalid: [
    {
      name: '261 characters',
      value: name(261),
      errors: [
        {
          messageId: 'tooLong',
          field: 'Mutex',
          data: { length: 261, after: '' },
          message: `Mutex "${name(64)}"… (261 characters) has 261 characters; ThreatConnect's Mutex pattern accepts at most 260 after an optional Global\\ or Local\\. Not fixed: shorten it`,
        },
      ],
    },
    { name: '261 characters after Global\\', value: `Global\\${name(261)}`, errors: [{ messageId: 'tooLong', data: { length: 261, after: ' after "Global\\\\"' } }] },
    { name: 'Session\\1\\ is no namespace to the pattern', value: `Session\\1\\${name(251)}`, errors: [{ messageId: 'tooLong', data: { length: 261 } }] },
    { name: '261 emoji', value: '😀'.repeat(261), errors: ['tooLong'] },
  ],
});
