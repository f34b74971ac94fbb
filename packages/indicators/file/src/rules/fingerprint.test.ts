import { RuleTester } from '@tclint/rule-tester';
import { fingerprintOf, MD5, SHA1, SHA256 } from '../testing/hashes.js';
import { plugin } from '../index.js';

new RuleTester().run(plugin, 'fingerprint', {
  valid: [MD5, SHA256, 'd4:1d', 'aa:bb:cc:dd:ee:ff', `${'d4:'.repeat(17)}1d`, `${MD5}:`, 'd4:1d:8', 'd4::1d:8c', 'not:a:fingerprint', '2001:db8:0:0:0:0:0:1'],
  invalid: [
    {
      name: 'an MD5 fingerprint',
      value: fingerprintOf(MD5),
      errors: [
        {
          messageId: 'fingerprint',
          field: 'md5',
          message: `md5 "${fingerprintOf(MD5)}" is written as a colon-separated fingerprint; write the hex digits alone: "${MD5.toUpperCase()}"`,
        },
      ],
      output: MD5.toUpperCase(),
    },
    { name: 'a SHA-1 fingerprint', values: { sha1: fingerprintOf(SHA1).toLowerCase() }, errors: [{ messageId: 'fingerprint', field: 'sha1' }], output: { sha1: SHA1 } },
    { name: 'a SHA-256 fingerprint', values: { sha256: fingerprintOf(SHA256) }, errors: ['fingerprint'], output: { sha256: SHA256.toUpperCase() } },
    { name: 'surrounding whitespace is kept for file/whitespace', values: { md5: ` ${fingerprintOf(MD5)} ` }, errors: ['fingerprint'], output: { md5: ` ${MD5.toUpperCase()} ` } },
  ],
});
