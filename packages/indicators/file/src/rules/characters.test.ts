import { RuleTester } from '@tclint/rule-tester';
import { fingerprintOf, MD5, SHA1, SHA256, upper } from '../testing/hashes.js';
import { plugin } from '../index.js';

new RuleTester().run(plugin, 'characters', {
  valid: [MD5, upper(SHA1), ` ${SHA256} `, fingerprintOf(MD5), `${MD5} :  : ${SHA256}`, '', '123', { values: {} }, { name: 'a labelled hash is file/label\'s', value: `md5:${MD5}` }],
  invalid: [
    {
      value: `${MD5.slice(0, 31)}g`,
      errors: [
        {
          messageId: 'notHex',
          field: 'md5',
          data: { character: '"g"', position: 32 },
          message: `md5 "${MD5.slice(0, 31)}g" has "g" at position 32; a hash is hex digits only (0-9, a-f). Not fixed`,
        },
      ],
    },
    { name: 'a space inside', values: { sha1: `${SHA1.slice(0, 20)} ${SHA1.slice(20)}` }, errors: [{ messageId: 'notHex', field: 'sha1', data: { character: 'space (U+0020)', position: 21 } }] },
    { name: 'a line break inside', values: { sha256: `${SHA256.slice(0, 10)}\n${SHA256.slice(10)}` }, errors: [{ messageId: 'notHex', data: { character: 'line feed (U+000A)', position: 11 } }] },
    { name: 'full-width digits', value: '０１２３', errors: [{ messageId: 'notHex', data: { character: '"０" (U+FF10)', position: 1 } }] },
    { name: 'a no-break space', value: `${MD5.slice(0, 4)}\u00a0${MD5.slice(4)}`, errors: [{ messageId: 'notHex', data: { character: 'whitespace (U+00A0)', position: 5 } }] },
    { name: 'a lone surrogate', value: `${MD5.slice(0, 4)}\ud800`, errors: [{ messageId: 'notHex', data: { character: '"\\ud800" (U+D800)' } }] },
    { name: 'an emoji is named whole', value: `${MD5.slice(0, 4)}😀`, errors: [{ messageId: 'notHex', data: { character: '"😀" (U+1F600)', position: 5 } }] },
    { name: 'an algorithm prefix of a hash of no kind it names is still not hex after the label', value: `md5:${MD5.slice(0, 30)}zz`, errors: [{ messageId: 'notHex', data: { character: '"z"', position: 35 } }] },
    { name: 'a label without a hash after it', value: 'SHA1:', errors: [{ messageId: 'notHex', data: { character: '"S"', position: 1 } }] },
    { name: 'a 0x prefix', value: `0x${MD5}`, errors: [{ messageId: 'notHex', data: { position: 2 } }] },
    { name: 'a broken fingerprint', value: 'D4:1D:8C:D', errors: [{ messageId: 'notHex', data: { character: '":"', position: 3 } }] },
    { name: 'a MAC address', value: 'aa:bb:cc:dd:ee:ff', errors: [{ messageId: 'notHex', data: { character: '":"', position: 3 } }] },
    { name: 'a fingerprint of 17 bytes', value: `${'d4:'.repeat(16)}1d`, errors: [{ messageId: 'notHex', data: { position: 3 } }] },
    { name: 'a summary inside one field', values: { md5: `${MD5} : ${SHA1}` }, errors: [{ messageId: 'summaryInField', field: 'md5' }] },
    { name: 'each field on its own', values: { md5: 'x', sha1: SHA1, sha256: 'y' }, errors: [{ messageId: 'notHex', field: 'md5' }, { messageId: 'notHex', field: 'sha256' }] },
  ],
});
