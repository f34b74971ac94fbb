import { RuleTester } from '@tclint/rule-tester';
import { MD5, OTHER_MD5, OTHER_SHA256, SHA1, SHA256, upper } from '../testing/hashes.js';
import { plugin } from '../index.js';

new RuleTester().run(plugin, 'hash-field', {
  valid: [
    MD5,
    `${MD5} : ${SHA1}`,
    `${MD5} : ${SHA1} : ${SHA256}`,
    { name: 'a lone SHA-1 summary, as ThreatConnect writes it, is read into sha1', value: SHA1 },
    { name: 'a lone SHA-256 summary, as ThreatConnect writes it, is read into sha256', value: SHA256 },
    { name: 'md5 : sha256, as ThreatConnect writes it without a SHA-1', value: `${MD5} : ${SHA256}` },
    { name: 'a summary in another order is read by length', value: `${SHA256} : ${SHA1} : ${MD5}` },
    { name: 'the old positional form with empty slots still reads', value: ` :  : ${SHA256}` },
    ` : ${SHA1}`,
    `${MD5} :  : ${SHA256}`,
    { values: { sha256: SHA256 } },
    { values: { md5: '', sha1: ' ', sha256: SHA256 } },
    { name: 'values that are not hashes are other rules\'', value: 'xyz : 123' },
  ],
  invalid: [
    {
      name: 'a SHA-256 in md5 moves to sha256',
      values: { md5: SHA256 },
      errors: [{ messageId: 'misplaced', field: 'md5', data: { target: 'sha256', length: 64, algorithm: 'SHA-256' }, message: 'md5 holds 64 hex digits, a SHA-256 hash, which belongs in sha256' }],
      output: SHA256,
    },
    { name: 'a SHA-1 in md5', values: { md5: SHA1 }, errors: [{ messageId: 'misplaced', data: { target: 'sha1' } }], output: SHA1 },
    { name: 'a SHA-256 in sha1 beside an MD5', values: { md5: MD5, sha1: SHA256 }, errors: [{ messageId: 'misplaced', field: 'sha1' }], output: `${MD5} : ${SHA256}` },
    {
      name: 'a SHA-256 in md5, by field: md5 is left empty',
      values: { md5: SHA256 },
      errors: [{ messageId: 'misplaced', field: 'md5' }],
      output: { md5: '', sha256: SHA256 },
    },
    {
      name: 'swapped hashes trade places',
      values: { md5: SHA1, sha1: MD5 },
      errors: [
        { messageId: 'misplaced', field: 'md5', data: { target: 'sha1' } },
        { messageId: 'misplaced', field: 'sha1', data: { target: 'md5' } },
      ],
      output: `${MD5} : ${SHA1}`,
    },
    {
      name: 'all three in reverse order',
      values: { md5: SHA256, sha1: SHA1, sha256: MD5 },
      errors: [{ messageId: 'misplaced', field: 'md5' }, { messageId: 'misplaced', field: 'sha256' }],
      output: `${MD5} : ${SHA1} : ${SHA256}`,
    },
    { name: 'a rotation', values: { md5: SHA1, sha1: SHA256, sha256: MD5 }, errors: 3, output: `${MD5} : ${SHA1} : ${SHA256}` },
    { name: 'the value is moved as written (other rules fix its case)', values: { md5: upper(SHA256) }, errors: ['misplaced'], output: { md5: '', sha256: upper(SHA256) } },
    {
      name: 'the same hash twice: the extra copy goes',
      value: `${MD5} : ${MD5}`,
      errors: [{ messageId: 'duplicate', field: 'sha1', data: { other: 'md5' }, message: 'sha1 holds the same MD5 hash as md5; a File lists each hash once, in its own field (md5)' }],
      output: MD5,
    },
    { name: 'the same hash twice, by field', values: { md5: MD5, sha1: MD5 }, errors: [{ messageId: 'duplicate', field: 'sha1' }], output: { md5: MD5, sha1: '' } },
    {
      name: 'the same hash in two wrong fields',
      values: { md5: SHA256, sha1: SHA256 },
      errors: [{ messageId: 'misplaced', field: 'md5' }, { messageId: 'duplicate', field: 'sha1' }],
      output: SHA256,
    },
    { name: 'a SHA-256 twice in a summary: the second copy, read into md5, goes', value: `${SHA256} : ${SHA256}`, errors: [{ messageId: 'duplicate', field: 'md5', data: { other: 'sha256' } }], output: SHA256 },
    { name: 'duplicates compare without case', value: `${MD5} : ${upper(MD5)}`, errors: ['duplicate'], output: MD5 },
    {
      name: 'the field a hash belongs in holds another hash of its kind',
      values: { md5: SHA256, sha256: OTHER_SHA256 },
      errors: [
        {
          messageId: 'blocked',
          field: 'md5',
          message: `md5 holds 64 hex digits, a SHA-256 hash, which belongs in sha256, but sha256 already holds "${OTHER_SHA256}"; not fixed: decide which SHA-256 hash this File has`,
        },
      ],
      output: null,
    },
    {
      name: 'two SHA-256 hashes in a summary: the second is read into md5 and cannot move',
      value: `${SHA256} : ${OTHER_SHA256}`,
      errors: [{ messageId: 'blocked', field: 'md5', data: { target: 'sha256', targetValue: `"${SHA256}"` } }],
      output: null,
    },
    { name: 'the field a hash belongs in holds something else', values: { md5: SHA256, sha256: 'not a hash' }, errors: [{ messageId: 'blocked', data: { targetValue: '"not a hash"' } }], output: null },
    {
      name: 'two different hashes of one kind in wrong fields',
      values: { md5: SHA1, sha1: SHA256, sha256: OTHER_MD5 },
      errors: [{ messageId: 'misplaced', field: 'md5' }, { messageId: 'misplaced', field: 'sha1' }, { messageId: 'misplaced', field: 'sha256' }],
      output: `${OTHER_MD5} : ${SHA1} : ${SHA256}`,
    },
    {
      name: 'two different MD5 hashes',
      values: { md5: SHA1, sha1: MD5, sha256: OTHER_MD5 },
      errors: [
        { messageId: 'misplaced', field: 'md5', data: { target: 'sha1' } },
        { messageId: 'conflict', field: 'sha1', data: { other: 'sha256' } },
        { messageId: 'conflict', field: 'sha256', data: { other: 'sha1' } },
      ],
      output: null,
    },
  ],
});
