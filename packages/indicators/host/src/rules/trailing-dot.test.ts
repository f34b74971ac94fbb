import { RuleTester } from '@tclint/rule-tester';
import { plugin } from '../index.js';

new RuleTester().run(plugin, 'trailing-dot', {
  valid: [
    'example.com',
    'xn--sterreich-z7a.icom.museum',
    // two dots are an empty label, not a root dot (host/labels)
    'example.com..',
    // an IP address with a dot is host/ip-address's business
    '10.0.0.1.',
  ],
  invalid: [
    {
      value: 'example.com.',
      errors: [{ messageId: 'trailingDot', field: 'hostName', message: 'Host "example.com." ends with a root dot "."; ThreatConnect host names are written without it: "example.com"' }],
      output: 'example.com',
    },
    { value: 'a.', errors: ['trailingDot'], output: 'a' },
    // the UTS #46 dots count too
    { value: 'example.com。', errors: [{ messageId: 'trailingDot', data: { dot: '"。"' } }], output: 'example.com' },
    { value: 'example.com．', errors: ['trailingDot'], output: 'example.com' },
    { value: 'example.com｡', errors: ['trailingDot'], output: 'example.com' },
    // only the dot goes
    { value: ' EXAMPLE.com. ', errors: ['trailingDot'], output: ' EXAMPLE.com ' },
    { value: 'österreich.icom.museum.', errors: ['trailingDot'], output: 'österreich.icom.museum' },
  ],
});
