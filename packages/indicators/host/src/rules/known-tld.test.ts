import { RuleTester } from '@tclint/rule-tester';
import { plugin } from '../index.js';

new RuleTester().run(plugin, 'known-tld', {
  valid: ['example.com', 'xn--sterreich-z7a.icom.museum', 'example.xn--p1ai', 'invoice.zip', 'EXAMPLE.COM', 'localhost', 'update.bat', 'example.123', 'a..b'],
  invalid: [
    {
      value: 'files.local',
      errors: [
        {
          messageId: 'unknown',
          field: 'hostName',
          severity: 'warning',
          message:
            'Host "files.local" ends in "local", which is not a top-level domain on the Public Suffix List; ThreatConnect accepts it, but it is probably a file name or an internal name, not a host on the internet',
        },
      ],
    },
    { value: 'setup.msi', errors: ['unknown'] },
    { value: 'printer.lan', errors: ['unknown'] },
  ],
});
