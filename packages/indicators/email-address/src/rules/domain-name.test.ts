import { RuleTester } from '@tclint/rule-tester';
import { plugin } from '../index.js';

new RuleTester().run(plugin, 'domain-name', {
  valid: ['user@example.com', 'user@invoice.zip', 'user@localhost', 'user@10.0.0.1'],
  invalid: [
    {
      value: '/xwunThedic@t6.php',
      errors: [
        {
          messageId: 'unknownTld',
          severity: 'warning',
          message:
            'The domain "t6.php" of "/xwunThedic@t6.php" ends in "php", which is not a top-level domain on the Public Suffix List; ThreatConnect accepts it, but it is probably not an email address (a URL path or a file name?)',
        },
      ],
    },
    { value: 'user@1.2.3.45', errors: [{ messageId: 'ipAddress', severity: 'warning' }] },
    { value: `user@${'a.'.repeat(150)}com`, errors: [{ messageId: 'dns', data: { detail: 'is 303 characters long, more than 253' } }] },
    { name: 'a domain too long to be worth converting', value: `user@${'A'.repeat(2000)}.com`, errors: [{ messageId: 'dns', data: { detail: 'is 2004 characters long, more than 253' } }] },
    { value: 'user@xn--zz.com', errors: ['dns'] },
  ],
});
