import { RuleTester } from '@tclint/rule-tester';
import { fingerprintOf, MD5, SHA1, SHA256 } from '../testing/hashes.js';
import { plugin } from '../index.js';

const SHA512 = 'cf83e1357eefb8bdf1542850d66d8007d620e4050b5715dc83f4a921d36ce9ce47d0d13c5d85f2b0ff8318d2877eec2f63b931bd47417a81a538327af927da3e';

new RuleTester().run(plugin, 'length', {
  valid: [
    MD5,
    `${MD5} : ${SHA1} : ${SHA256}`,
    { name: 'a hash in another field is file/hash-field\'s', value: SHA256 },
    fingerprintOf(SHA1),
    ` ${MD5} `,
    'not hex',
    { name: 'colon-separated hex that is no fingerprint of a hash is file/characters\'', value: 'AA:BB:CC' },
    '',
  ],
  invalid: [
    {
      value: `${MD5}0`,
      errors: [
        {
          messageId: 'unknownLength',
          field: 'md5',
          data: { length: 33 },
          message: `md5 "${MD5}0" has 33 hex digits, which is no hash ThreatConnect stores: MD5 has 32, SHA-1 40, SHA-256 64 (1 digit more than 32: was it cut or mistyped?). Not fixed`,
        },
      ],
    },
    { name: '31 digits', value: MD5.slice(1), errors: [{ messageId: 'unknownLength', data: { length: 31, hint: ' (1 digit short of 32: was it cut or mistyped?)' } }] },
    { name: '62 digits in sha256', values: { sha256: SHA256.slice(2) }, errors: [{ messageId: 'unknownLength', field: 'sha256', data: { hint: ' (2 digits short of 64: was it cut or mistyped?)' } }] },
    { name: 'a SHA-512', value: SHA512, errors: [{ messageId: 'unknownLength', data: { length: 128, hint: ' (128 is a SHA-512 hash, which a File indicator cannot hold)' } }] },
    { name: 'a SHA-384', value: SHA512.slice(0, 96), errors: [{ messageId: 'unknownLength', data: { hint: ' (96 is a SHA-384 hash, which a File indicator cannot hold)' } }] },
    { name: 'a short number', value: '12345', errors: [{ messageId: 'unknownLength', data: { length: 5, hint: '' } }] },
    { name: 'each field on its own', values: { md5: 'abc', sha1: SHA1, sha256: 'def' }, errors: [{ messageId: 'unknownLength', field: 'md5' }, { messageId: 'unknownLength', field: 'sha256' }] },
  ],
});
