import { RuleTester } from '@tclint/rule-tester';
import { plugin } from '../index.js';

new RuleTester().run(plugin, 'typographic-dash', {
  valid: ['user@neurotonix-buy.us', 'jean–luc@example.com'],
  invalid: [
    {
      value: 'sales@neurotonix–buy.us',
      errors: [
        {
          messageId: 'dash',
          severity: 'warning',
          message: 'The domain "neurotonix–buy.us" of "sales@neurotonix–buy.us" has a typographic dash where a host name has a hyphen; it probably means "sales@neurotonix-buy.us"',
        },
      ],
      output: 'sales@neurotonix-buy.us',
    },
  ],
});
