import { RuleTester } from '@tclint/rule-tester';
import { plugin } from '../index.js';

new RuleTester().run(plugin, 'embedded-ipv4', {
  valid: ['0:0:0:0:0:ffff:102:304', '2001:db8::1', '10.0.0.1', '::ffff:01.2.3.4'],
  invalid: [
    {
      value: '0:0:0:0:0:ffff:1.2.3.4',
      errors: [
        {
          messageId: 'embeddedIPv4',
          field: 'ip',
          severity: 'error',
          message: 'IPv6 address "0:0:0:0:0:ffff:1.2.3.4" ends in dotted IPv4 "1.2.3.4", which ThreatConnect\'s Address pattern refuses (hex groups only); write eight hex groups: 0:0:0:0:0:ffff:102:304',
        },
      ],
      output: '0:0:0:0:0:ffff:102:304',
    },
    { value: '::ffff:1.2.3.4', errors: [{ messageId: 'embeddedIPv4', data: { ipv4: '"1.2.3.4"', also: ' (also: compressed with "::")' } }], output: '0:0:0:0:0:ffff:102:304' },
    { value: '::FFFF:1.2.3.4', errors: [{ messageId: 'embeddedIPv4', data: { also: ' (also: compressed with "::", uppercase hex)' } }], output: '0:0:0:0:0:ffff:102:304' },
    { name: 'IPv4-compatible ::a.b.c.d stays IPv4-compatible (as in Python)', value: '::1.2.3.4', errors: ['embeddedIPv4'], output: '0:0:0:0:0:0:102:304' },
    { value: '64:ff9b::192.0.2.33', errors: ['embeddedIPv4'], output: '64:ff9b:0:0:0:0:c000:221' },
    { name: 'only the address is rewritten', value: '[::ffff:1.2.3.4]', errors: ['embeddedIPv4'], output: '[0:0:0:0:0:ffff:102:304]' },
  ],
});
