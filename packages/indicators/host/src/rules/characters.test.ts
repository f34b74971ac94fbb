import { RuleTester } from '@tclint/rule-tester';
import { plugin } from '../index.js';

new RuleTester().run(plugin, 'characters', {
  valid: ['example.com', 'a-b.example.com', '_dmarc.example.com', 'xn--sterreich-z7a.icom.museum', 'EXAMPLE.COM'],
  invalid: [
    {
      value: 'example.com/path',
      errors: [
        {
          messageId: 'invalidCharacter',
          field: 'hostName',
          message:
            'Host "example.com/path" contains "/", which is not allowed in a host name: use letters a-z, digits, hyphens and dots; a host name has no scheme, port or path (for a URL, use the URL type)',
        },
      ],
    },
    { value: 'http://example.com', errors: [{ messageId: 'invalidCharacter', data: { char: '":"' } }] },
    { value: 'example.com:8080', errors: [{ messageId: 'invalidCharacter', data: { char: '":"' } }] },
    { value: 'user@example.com', errors: [{ messageId: 'invalidCharacter', data: { hint: '; for an email address, use the EmailAddress type' } }] },
    { value: 'exa mple.com', errors: [{ messageId: 'invalidCharacter', data: { char: '" " (U+0020)', hint: '; a host name has no spaces' } }] },
    { value: 'example[.]com', errors: [{ messageId: 'invalidCharacter', data: { char: '"["', hint: '; it looks defanged: write "." for "[.]"' } }] },
    { value: 'example(.)com', errors: [{ messageId: 'invalidCharacter', data: { hint: '; it looks defanged: write "." for "[.]"' } }] },
    { value: 'ex%41mple.com', errors: [{ messageId: 'invalidCharacter', data: { hint: '; percent-encoding is not allowed in a host name' } }] },
    { value: 'exa\u0000mple.com', errors: [{ messageId: 'invalidCharacter', data: { char: '"\\u0000" (U+0000)' } }] },
    { value: 'ex*ample.com', errors: [{ messageId: 'invalidCharacter', data: { char: '"*"', hint: '' } }] },
  ],
});
