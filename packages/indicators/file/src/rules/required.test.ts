import { RuleTester } from '@tclint/rule-tester';
import { MD5, SHA1, SHA256 } from '../testing/hashes.js';
import { plugin } from '../index.js';

new RuleTester().run(plugin, 'required', {
  valid: [
    MD5,
    `${MD5} : ${SHA1} : ${SHA256}`,
    ` :  : ${SHA256}`,
    { values: { sha1: SHA1 } },
    { values: { md5: '', sha1: '', sha256: SHA256 } },
    { name: 'a value that is not a hash is still a value (other rules report it)', value: 'not a hash' },
  ],
  invalid: [
    {
      name: 'no field at all',
      values: {},
      errors: [{ messageId: 'noHash', message: 'A File indicator needs at least one hash: md5 (32 hex digits), sha1 (40) or sha256 (64); none is given' }],
    },
    { value: '', errors: [{ messageId: 'noHash', data: { found: 'md5 is empty' } }] },
    { value: ' : ', errors: [{ messageId: 'noHash', data: { found: 'md5 and sha1 are empty' } }] },
    { value: ' :  :   ', errors: [{ messageId: 'noHash', data: { found: 'md5, sha1 and sha256 are empty' } }] },
    { values: { sha256: ' \t' }, errors: [{ messageId: 'noHash', data: { found: 'sha256 is empty' } }] },
  ],
});
