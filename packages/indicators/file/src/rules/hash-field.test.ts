import { RuleTester } from '@tclint/rule-tester';
import { MD5, OTHER_MD5, OTHER_SHA256, SHA1, SHA256, upper } from '../hashes.test-data.js';
import { plugin } from '../index.js';

new RuleTester().run(plugin, 'hash-field', {
  valid: [
    MD5,
    `${MD5} : ${SHA1}`,
    `${MD5} : ${SHA1} : ${SHA256}`,
    ` : ${SHA1}`,
    ` :  : ${SHA256}`,
    `${MD5} :  : ${SHA256}`,
    { values: { sha256: SHA256 } },
    { values: { md5: '', sha1: ' ', sha256: SHA256 } },
    { name: 'values that are not hashes are other rules\'', value: 'xyz : 123' },
  ],
  invalid: [
    {
      name: 'a lone SHA-256 summary lands in md5 and moves to sha256',
      value: SHA256,
      errors: [{ messageId: 'misplaced', field: 'md5', data: { target: 'sha256', length: 64, algorithm: 'SHA-256' }, message: 'md5 holds 64 hex digits, a SHA-256 hash, which belongs in sha256' }],
      output: ` :  : ${SHA256}`,
    },
    { name: 'a lone SHA-1 summary', value: SHA1, errors: [{ messageId: 'misplaced', data: { target: 'sha1' } }], output: ` : ${SHA1}` },
    { name: 'md5 : sha256 without the sha1 slot', value: `${MD5} : ${SHA256}`, errors: [{ messageId: 'misplaced', field: 'sha1' }], output: `${MD5} :  : ${SHA256}` },
    {
      name: 'a SHA-256 in md5, by field',
      values: { md5: SHA256 },
      errors: [{ messageId: 'misplaced', field: 'md5' }],
      output: { md5: '', sha256: SHA256 },
    },
    {
      name: 'swapped hashes trade places',
      value: `${SHA1} : ${MD5}`,
      errors: [
        { messageId: 'misplaced', field: 'md5', data: { target: 'sha1' } },
        { messageId: 'misplaced', field: 'sha1', data: { target: 'md5' } },
      ],
      output: `${MD5} : ${SHA1}`,
    },
    { name: 'all three in reverse order', value: `${SHA256} : ${SHA1} : ${MD5}`, errors: [{ messageId: 'misplaced', field: 'md5' }, { messageId: 'misplaced', field: 'sha256' }], output: `${MD5} : ${SHA1} : ${SHA256}` },
    { name: 'a rotation', value: `${SHA1} : ${SHA256} : ${MD5}`, errors: 3, output: `${MD5} : ${SHA1} : ${SHA256}` },
    { name: 'the value is moved as written (other rules fix its case)', value: upper(SHA256), errors: ['misplaced'], output: ` :  : ${upper(SHA256)}` },
    {
      name: 'the same hash twice: the extra copy goes',
      value: `${MD5} : ${MD5}`,
      errors: [{ messageId: 'duplicate', field: 'sha1', data: { other: 'md5' }, message: 'sha1 holds the same MD5 hash as md5; a File lists each hash once, in its own field (md5)' }],
      output: `${MD5} : `,
    },
    { name: 'the same hash in two wrong fields', value: `${SHA256} : ${SHA256}`, errors: [{ messageId: 'misplaced', field: 'md5' }, { messageId: 'duplicate', field: 'sha1' }], output: ` :  : ${SHA256}` },
    { name: 'duplicates compare without case', value: `${MD5} : ${upper(MD5)}`, errors: ['duplicate'], output: `${MD5} : ` },
    {
      name: 'the field a hash belongs in holds another hash of its kind',
      value: `${SHA256} :  : ${OTHER_SHA256}`,
      errors: [
        {
          messageId: 'blocked',
          field: 'md5',
          message: `md5 holds 64 hex digits, a SHA-256 hash, which belongs in sha256, but sha256 already holds "${OTHER_SHA256}"; not fixed: decide which SHA-256 hash this File has`,
        },
      ],
      output: null,
    },
    { name: 'the field a hash belongs in holds something else', value: `${SHA256} :  : not a hash`, errors: [{ messageId: 'blocked', data: { targetValue: '"not a hash"' } }], output: null },
    {
      name: 'two different hashes of one kind in wrong fields',
      value: `${SHA1} : ${SHA256} : ${OTHER_MD5}`,
      errors: [{ messageId: 'misplaced', field: 'md5' }, { messageId: 'misplaced', field: 'sha1' }, { messageId: 'misplaced', field: 'sha256' }],
      output: `${OTHER_MD5} : ${SHA1} : ${SHA256}`,
    },
    {
      name: 'two different MD5 hashes',
      value: `${SHA1} : ${MD5} : ${OTHER_MD5}`,
      errors: [
        { messageId: 'misplaced', field: 'md5', data: { target: 'sha1' } },
        { messageId: 'conflict', field: 'sha1', data: { other: 'sha256' } },
        { messageId: 'conflict', field: 'sha256', data: { other: 'sha1' } },
      ],
      output: null,
    },
  ],
});
