import { RuleTester } from '@tclint/rule-tester';
import { plugin } from '../index.js';

new RuleTester().run(plugin, 'scheme-case', {
  valid: ['http://example.com', 'https://EXAMPLE.com/PATH', 'example.com/path', 'svn+ssh://example.com/', 'MAILTO:User@Example.com'],
  invalid: [
    {
      value: 'HTTP://example.com',
      errors: [{ messageId: 'uppercase', field: 'text', severity: 'error', message: 'URL "HTTP://example.com" has the scheme "HTTP" in upper case; ThreatConnect\'s URL pattern accepts it in lower case only: "http://example.com"' }],
      output: 'http://example.com',
    },
    { value: 'Https://example.com/PATH', errors: ['uppercase'], output: 'https://example.com/PATH' },
    // only the scheme changes
    { value: 'HTTP://EXAMPLE.com/A', errors: ['uppercase'], output: 'http://EXAMPLE.com/A' },
    { value: ' HTTP://example.com ', errors: ['uppercase'], output: ' http://example.com ' },
    { value: 'SFTP://example.com/', errors: ['uppercase'], output: 'sftp://example.com/' },
  ],
});
