import { RuleTester } from '@tclint/rule-tester';
import { plugin } from '../index.js';

new RuleTester().run(plugin, 'characters', {
  valid: ['http://example.com', 'http://example.com/a%20b?q=1&r=%C3%A9#frag', "http://example.com/~a/b_c.d!$&'()*+,;=:@", 'http://example.com/?a#b', 'http://example.com/?a#', 'http://example.com/?q=a/b?c'],
  invalid: [
    {
      value: 'http://example.com/a b',
      errors: [
        {
          messageId: 'encode',
          field: 'text',
          message:
            'URL "http://example.com/a b" has characters ThreatConnect\'s URL pattern refuses in its path, query or fragment (raw spaces, non-ASCII, "<>[]\\^`{|}" or a second #); percent-encoded, as a browser sends it: "http://example.com/a%20b"',
        },
      ],
      output: 'http://example.com/a%20b',
    },
    { value: 'http://example.com/Ä?ü=Ö#ß', errors: ['encode'], output: 'http://example.com/%C3%84?%C3%BC=%C3%96#%C3%9F' },
    { value: 'http://example.com/a<b>c"d', errors: ['encode'], output: 'http://example.com/a%3Cb%3Ec%22d' },
    { value: 'http://example.com/{x}|[y]^`', errors: ['encode'], output: 'http://example.com/%7Bx%7D%7C%5By%5D%5E%60' },
    { value: 'http://example.com/#a#b', errors: ['encode'], output: 'http://example.com/#a%23b' },
    { value: 'http://example.com/#a b', errors: ['encode'], output: 'http://example.com/#a%20b' },
    // an empty fragment means nothing: it goes
    { value: 'http://example.com/#', errors: ['encode'], output: 'http://example.com/' },
    // no form ThreatConnect accepts
    { value: 'http://example.com\\path', errors: [{ messageId: 'refused', data: { tail: '"\\\\path"' } }], output: null },
    { value: 'http://example.com/\ud800', errors: ['refused'], output: null },
  ],
});
