import { RuleTester } from '@tclint/rule-tester';
import { plugin } from '../index.js';

new RuleTester().run(plugin, 'trailing-dot', {
  valid: [
    'http://example.com',
    'http://example.com/a.',
    'http://example.com/?q=a.',
    // IP addresses are not rewritten
    'http://10.0.0.1./',
    // two dots are an empty label (url/host)
    'http://example.com../',
  ],
  invalid: [
    {
      value: 'http://example.com./',
      errors: [{ messageId: 'trailingDot', field: 'text', message: 'URL "http://example.com./" has a root dot at the end of its host "example.com."; write the host without it: "http://example.com/"' }],
      output: 'http://example.com/',
    },
    { value: 'http://example.com.', errors: ['trailingDot'], output: 'http://example.com' },
    { value: 'http://example.com.:8080/A?B#C', errors: ['trailingDot'], output: 'http://example.com:8080/A?B#C' },
    // only the dot goes: the case is url/host's
    { value: 'http://EXAMPLE.com./', errors: ['trailingDot'], output: 'http://EXAMPLE.com/' },
    { value: 'http://example.com。/', errors: ['trailingDot'], output: 'http://example.com/' },
  ],
});
