import { RuleTester } from '@tclint/rule-tester';
import { plugin } from '../index.js';

// ThreatConnect's own Mutex pattern, as a backstop: alone here, it reports what the other rules explain.
new RuleTester().run(plugin, 'platform-pattern', {
  valid: ['Global\\MSCTF.Shared.MUTEX.ZRX', 'a\u0000b', ' x ', '   ', '\u00a0', `Global\\${'m'.repeat(260)}`],
  invalid: [
    {
      value: 'a\tb',
      errors: [
        {
          messageId: 'mismatch',
          field: 'Mutex',
          message: 'ThreatConnect\'s Mutex pattern refuses Mutex "a\\tb": the platform accepts only values that match it as a whole ((?:Global\\\\|Local\\\\)?(?:\\S| ){1,260})',
        },
      ],
    },
    { value: 'm'.repeat(261), errors: ['mismatch'] },
    { value: 'x\r\n', errors: ['mismatch'] },
  ],
});
