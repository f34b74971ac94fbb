import { RuleTester } from '@tclint/rule-tester';
import { plugin } from '../index.js';

new RuleTester().run(plugin, 'typographic-dash', {
  valid: ['http://neurotonix-buy.us/', 'http://example.com/a–b'],
  invalid: [
    {
      value: 'http://neurotonix–buy.us/Path',
      errors: [
        {
          messageId: 'dash',
          severity: 'warning',
          message: 'URL "http://neurotonix–buy.us/Path" has a typographic dash in its host "neurotonix–buy.us" where a host name has a hyphen; it probably means "http://neurotonix-buy.us/Path"',
        },
      ],
      output: 'http://neurotonix-buy.us/Path',
    },
    { value: 'https://xn–metaspport-v43e.com/', errors: ['dash'], output: 'https://xn--metaspport-v43e.com/' },
  ],
});
