import { RuleTester } from '@tclint/rule-tester';
import { plugin } from '../index.js';
import { fingerprintOf, MD5, OTHER_MD5, SHA1, SHA256, upper } from '../testing/hashes.js';

new RuleTester().run(plugin, 'label', {
  valid: [MD5, `${MD5} : ${SHA1}`, { values: { sha1: SHA1 } }, 'not a hash', { name: 'a labelled hash of no known length is file/length\'s', value: `SHA1: ${SHA1.slice(1)}` }, ''],
  invalid: [
    {
      name: 'issue 16: a SHA-1 line typed File lands in md5, and is reported in sha1',
      value: `SHA1: ${SHA1}`,
      errors: [
        {
          messageId: 'label',
          field: 'sha1',
          data: { field: 'md5', target: 'sha1', label: '"SHA1:"', algorithm: 'SHA-1' },
          message: `md5 holds "SHA1: ${SHA1}", a SHA-1 hash written after the label "SHA1:"; ThreatConnect's File pattern takes the hex digits alone, in sha1: "${SHA1}"`,
        },
      ],
      output: SHA1,
    },
    { value: `MD5=${MD5}`, errors: [{ messageId: 'label', field: 'md5', data: { label: '"MD5="' } }], output: MD5 },
    { value: `sha256 ${SHA256}`, errors: [{ messageId: 'label', field: 'sha256' }], output: SHA256 },
    { value: `SHA-256: ${upper(SHA256)}`, errors: [{ messageId: 'label', field: 'sha256', data: { label: '"SHA-256:"' } }], output: upper(SHA256) },
    { name: 'a spaced label, by field (a summary would split it at " : ")', values: { sha256: `SHA256 : ${SHA256}` }, errors: [{ messageId: 'label', data: { label: '"SHA256 :"' } }], output: { sha256: SHA256 } },
    { name: 'a labelled fingerprint keeps its colons (file/fingerprint removes them)', value: ` md5: ${fingerprintOf(MD5)}`, errors: [{ messageId: 'label', field: 'md5' }], output: fingerprintOf(MD5) },
    { name: 'in its own field', values: { sha1: `sha1: ${SHA1}` }, errors: [{ messageId: 'label', field: 'sha1' }], output: { sha1: SHA1 } },
    { name: 'beside other hashes of a summary', value: `${MD5} : SHA1: ${SHA1}`, errors: [{ messageId: 'label', field: 'sha1', data: { field: 'sha1' } }], output: `${MD5} : ${SHA1}` },
    { name: 'the same hash already in its field: the labelled copy goes', values: { md5: `sha1: ${SHA1}`, sha1: SHA1 }, errors: [{ messageId: 'label', field: 'sha1' }], output: { md5: '', sha1: SHA1 } },
    {
      name: 'the label names another hash than the length',
      value: `MD5: ${SHA1}`,
      errors: [{ messageId: 'labelMismatch', field: 'md5', message: `md5 "MD5: ${SHA1}" is labelled "MD5:", but its 40 hex digits make a SHA-1 hash; not fixed: the label and the length disagree, so check the hash` }],
      output: null,
    },
    {
      name: 'its field holds another hash',
      values: { md5: `SHA256: ${SHA256}`, sha256: `${SHA256.slice(0, 63)}0` },
      errors: [{ messageId: 'blocked', field: 'md5', data: { target: 'sha256' } }],
      output: null,
    },
    { name: 'its field holds another MD5', values: { sha1: `md5 ${MD5}`, md5: OTHER_MD5 }, errors: [{ messageId: 'blocked', field: 'sha1' }], output: null },
  ],
});
