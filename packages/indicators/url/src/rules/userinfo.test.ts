import { RuleTester } from '@tclint/rule-tester';
import { plugin } from '../index.js';

new RuleTester().run(plugin, 'userinfo', {
  valid: ['http://example.com', 'http://example.com/@user', 'http://example.com/?u=a@b'],
  invalid: [
    {
      value: 'http://user:pass@example.com/',
      errors: [
        {
          messageId: 'userinfo',
          field: 'text',
          message: 'URL "http://user:pass@example.com/" has user information (a user name or password, then @) before its host; ThreatConnect\'s URL pattern does not accept it',
        },
      ],
    },
    { value: 'ftp://anonymous@ftp.example.com/pub/', errors: ['userinfo'] },
  ],
});
