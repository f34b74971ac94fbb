import { RuleTester } from '@tclint/rule-tester';
import { plugin } from '../index.js';

new RuleTester().run(plugin, 'lowercase', {
  valid: [
    'example.com',
    'xn--sterreich-z7a.icom.museum',
    '_dmarc.example.com',
    // host/punycode's fix folds the case of a non-ASCII name
    'ÖSTERREICH.com',
    // an IP address is host/ip-address's business
    '2001:DB8::1',
    '0X0A.0.0.1',
  ],
  invalid: [
    {
      value: 'EXAMPLE.com',
      errors: [{ messageId: 'uppercase', field: 'hostName', message: 'Host "EXAMPLE.com" has upper-case letters; ThreatConnect accepts them but stores host names in lower case: "example.com"', severity: 'warning' }],
      output: 'example.com',
    },
    { value: 'WWW.Example.COM', errors: ['uppercase'], output: 'www.example.com' },
    { value: 'XN--STERREICH-Z7A.icom.museum', errors: ['uppercase'], output: 'xn--sterreich-z7a.icom.museum' },
    // no fix where an error no fix repairs remains: the value is refused whatever its case (MiniDump.exe is a file name)
    { value: '_DMARC.example.com', errors: ['uppercase'], output: null },
    { value: 'MiniDump.exe', errors: ['uppercase'], output: null },
    // only the case changes: whitespace, the root dot and other problems stay for their rules
    { value: ' Example.com. ', errors: ['uppercase'], output: ' example.com. ' },
    { value: 'EXAMPLE..COM', errors: ['uppercase'], output: null },
  ],
});
