import { RuleTester } from '@tclint/rule-tester';
import { plugin } from '../index.js';
import { MD5, SHA1, SHA256, upper } from '../testing/hashes.js';

// ThreatConnect's own File patterns, as a backstop: alone here, it reports what the other rules explain.
new RuleTester().run(plugin, 'platform-pattern', {
  valid: [
    MD5,
    upper(SHA256),
    `${MD5} : ${SHA1} : ${SHA256}`,
    { name: 'an empty field holds no hash', values: { md5: '', sha1: '', sha256: SHA256 } },
    { name: 'no hash at all is file/required\'s', values: {} },
  ],
  invalid: [
    {
      name: 'a SHA-256 in md5',
      values: { md5: SHA256 },
      errors: [{ messageId: 'mismatch', field: 'md5', message: `ThreatConnect's File pattern refuses md5 "${SHA256}": the platform accepts only values that match it as a whole (\\b([a-fA-F\\d]{32})\\b)` }],
    },
    { value: ` ${MD5}`, errors: ['mismatch'] },
    { value: MD5.slice(1), errors: ['mismatch'] },
    { name: 'a labelled hash is checked in the field its length names', value: `SHA1: ${SHA1}`, errors: [{ messageId: 'mismatch', field: 'sha1' }] },
  ],
});
