import { RuleTester } from '@tclint/rule-tester';
import { plugin } from '../index.js';

new RuleTester().run(plugin, 'prefix', {
  valid: ['#apt28', '#APT28', '#勒索软件', '##double', '#apt 28', '', '   ', { name: 'missing field', values: {} }],
  invalid: [
    {
      value: 'apt28',
      errors: [{ messageId: 'missingHash', field: 'Hashtag', message: 'Hashtag "apt28" does not start with "#"; write it as "#apt28"' }],
      output: '#apt28',
    },
    { value: 'APT28', errors: ['missingHash'], output: '#APT28' },
    { value: 'ransomware', errors: ['missingHash'], output: '#ransomware' },
    { value: '勒索软件', errors: ['missingHash'], output: '#勒索软件' },
    {
      value: '＃apt28',
      errors: [{ messageId: 'fullwidthHash', message: 'Hashtag "＃apt28" starts with the full-width "＃" (U+FF03) instead of "#"; write it as "#apt28"' }],
      output: '#apt28',
    },
    { name: 'the hash goes inside surrounding whitespace, which is left to surrounding-whitespace', value: ' apt28 ', errors: [{ messageId: 'missingHash', data: { fixed: '"#apt28"' } }], output: ' #apt28 ' },
    { value: 'apt 28', errors: ['missingHash'], output: '#apt 28' },
    { value: '#', errors: [{ messageId: 'hashOnly', message: 'Hashtag "#" is only the "#"; write the word after it, e.g. #apt28' }], output: null },
    { value: ' ＃ ', errors: ['hashOnly'], output: null },
  ],
});
