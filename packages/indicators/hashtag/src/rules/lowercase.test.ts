import { RuleTester } from '@tclint/rule-tester';
import { plugin } from '../index.js';

new RuleTester().run(plugin, 'lowercase', {
  valid: ['#apt28', '#cve_2024_3094', '#勒索软件', 'apt28', '#', '', { name: 'missing field', values: {} }],
  invalid: [
    {
      value: '#APT28',
      errors: [
        {
          messageId: 'uppercase',
          field: 'Hashtag',
          severity: 'warning',
          message: 'Hashtag "#APT28" has upper-case letters; ThreatConnect stores Hashtags in lower case (its case preference): "#apt28"',
        },
      ],
      output: '#apt28',
    },
    { value: '#CVE_2024_3094', errors: ['uppercase'], output: '#cve_2024_3094' },
    { name: 'only ASCII letters change', value: '#ÄrgerApt', errors: ['uppercase'], output: '#Ärgerapt' },
    { name: 'whitespace around is kept (surrounding-whitespace removes it)', value: ' #Apt28 ', errors: ['uppercase'], output: ' #apt28 ' },
  ],
});
