import { RuleTester } from '@tclint/rule-tester';
import { plugin } from '../index.js';

new RuleTester().run(plugin, 'scheme', {
  valid: ['http://example.com', 'https://example.com/path', 'HTTP://EXAMPLE.com', 'ftp://example.com', 'mailto:user@example.com', 'urn:isbn:0451450523', 'tel:5551234'],
  invalid: [
    {
      value: 'example.com/path',
      errors: [
        {
          messageId: 'missingScheme',
          field: 'text',
          message: 'URL "example.com/path" has no scheme; ThreatConnect URLs are written with their protocol, e.g. "http://example.com/path" (a bare host name is a Host indicator)',
        },
      ],
    },
    { value: 'www.example.com', errors: ['missingScheme'] },
    { value: 'example.com:8080/path', errors: ['missingScheme'] },
    { value: 'localhost:3000', errors: ['missingScheme'] },
    { value: '1http://example.com', errors: ['missingScheme'] },
    { value: '//example.com/path', errors: [{ messageId: 'schemeRelative', data: { example: '"http://example.com/path"' } }] },
    { value: '', errors: [{ messageId: 'empty', message: 'URL is empty; ThreatConnect URLs are written with their protocol, e.g. http://example.com/' }] },
    { name: 'no text field', values: {}, errors: ['empty'] },
    { value: '   ', errors: ['empty'] },
  ],
});
