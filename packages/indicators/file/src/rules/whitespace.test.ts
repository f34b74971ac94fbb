import { RuleTester } from '@tclint/rule-tester';
import { MD5, SHA1, SHA256 } from '../testing/hashes.js';
import { plugin } from '../index.js';

new RuleTester().run(plugin, 'whitespace', {
  valid: [MD5, SHA256, `${MD5} : ${SHA1} : ${SHA256}`, `${MD5} : ${SHA256}`, ` :  : ${SHA256}`, `${MD5} : `, 'd41d 8cd9', { values: {} }],
  invalid: [
    {
      value: ` ${MD5} `,
      errors: [{ messageId: 'whitespace', field: 'md5', message: `md5 " ${MD5} " has whitespace before and after it; write the hash alone: "${MD5}"` }],
      output: MD5,
    },
    { values: { sha1: `${SHA1}\r\n` }, errors: [{ messageId: 'whitespace', field: 'sha1', data: { where: 'after it' } }], output: { sha1: SHA1 } },
    { values: { sha256: `\t${SHA256}` }, errors: [{ messageId: 'whitespace', data: { where: 'before it' } }], output: { sha256: SHA256 } },
    {
      name: 'every field with whitespace, each reported on its own field',
      values: { md5: ` ${MD5}`, sha1: `${SHA1} `, sha256: `\u00a0${SHA256}` },
      errors: [
        { messageId: 'whitespace', field: 'md5' },
        { messageId: 'whitespace', field: 'sha1' },
        { messageId: 'whitespace', field: 'sha256' },
      ],
      output: { md5: MD5, sha1: SHA1, sha256: SHA256 },
    },
    {
      name: 'a field that is only whitespace is emptied',
      values: { md5: MD5, sha1: '   ' },
      errors: [{ messageId: 'blank', field: 'sha1', message: 'sha1 is only whitespace ("   "); leave it empty when there is no hash of this kind' }],
      output: { md5: MD5, sha1: '' },
    },
    { name: 'a blank part of a summary is read into the next free field and emptied', value: `${MD5} :   `, errors: [{ messageId: 'blank', field: 'sha1' }], output: MD5 },
  ],
});
