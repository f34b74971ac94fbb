import { RuleTester } from '@tclint/rule-tester';
import { fingerprintOf, MD5, SHA1, SHA256, upper } from '../testing/hashes.js';
import { plugin } from '../index.js';

new RuleTester().run(plugin, 'lowercase', {
  valid: [MD5, `${MD5} : ${SHA1} : ${SHA256}`, '0123456789', 'NOT HEX', 'd41dG', { values: {} }],
  invalid: [
    {
      value: upper(MD5),
      errors: [{ messageId: 'uppercase', field: 'md5', message: `md5 "${upper(MD5)}" has upper-case hex digits; write it in lower case: "${MD5}"` }],
      output: MD5,
    },
    { name: 'mixed case', values: { sha1: 'DA39a3ee5e6b4b0d3255bfef95601890afd80709' }, errors: [{ messageId: 'uppercase', field: 'sha1' }], output: { sha1: SHA1 } },
    { name: 'every field', value: `${upper(MD5)} : ${upper(SHA1)} : ${upper(SHA256)}`, errors: 3, output: `${MD5} : ${SHA1} : ${SHA256}` },
    { name: 'a fingerprint keeps its colons (file/fingerprint removes them)', value: fingerprintOf(MD5), errors: ['uppercase'], output: fingerprintOf(MD5).toLowerCase() },
    { name: 'whitespace around is kept (file/whitespace removes it)', values: { md5: ` ${upper(MD5)}\n` }, errors: ['uppercase'], output: { md5: ` ${MD5}\n` } },
    { name: 'a hash of the wrong length is still lowercased', value: 'ABCDEF', errors: ['uppercase'], output: 'abcdef' },
  ],
});
