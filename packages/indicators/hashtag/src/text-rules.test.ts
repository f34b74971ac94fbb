import { RuleTester } from '@tclint/rule-tester';
import { plugin } from './index.js';

// The shared rules of core's defineTextRules, as they apply to Hashtags.
// ThreatConnect's Hashtag pattern accepts no whitespace and no control
// character, so surrounding whitespace is an error here, with its fix.
const tester = new RuleTester();

const hashtags = ['#apt28', '#APT28', '#ransomware', '#勒索软件', '#c2-server', '#CVE_2024_3094', '#[.]com', '#a\\b'];

tester.run(plugin, 'empty', {
  valid: hashtags,
  invalid: [
    { value: '', errors: [{ messageId: 'empty', field: 'Hashtag', message: 'The Hashtag field is empty; Hashtag indicators need a value' }] },
    { name: 'missing field', values: {}, errors: [{ messageId: 'missing', message: 'The Hashtag field is missing; Hashtag indicators need a value' }] },
  ],
});

tester.run(plugin, 'control-characters', {
  valid: [...hashtags, ' #apt28 ', 'apt28'],
  invalid: [
    {
      value: '#apt\n28',
      errors: [
        {
          messageId: 'inside',
          field: 'Hashtag',
          data: { character: 'line feed (U+000A)', position: 5 },
          message: 'Hashtag "#apt\\n28" contains line feed (U+000A) at position 5, which ThreatConnect\'s Hashtag pattern refuses. Not fixed: only you know what belongs there',
        },
      ],
    },
    { value: '#apt\t28', errors: [{ messageId: 'inside', data: { character: 'tab (U+0009)' } }] },
    { value: '#apt28\r\n', errors: [{ messageId: 'surrounding', data: { where: 'ends with', position: 7 } }] },
  ],
});

tester.run(plugin, 'surrounding-whitespace', {
  valid: [...hashtags, '#apt 28'],
  invalid: [
    {
      value: ' #apt28 ',
      errors: [
        {
          messageId: 'surroundingWhitespace',
          field: 'Hashtag',
          severity: 'error',
          message: 'Hashtag " #apt28 " has whitespace before and after it, which would be stored as part of the Hashtag; remove it: "#apt28"',
        },
      ],
      output: '#apt28',
    },
    { value: '#apt28\n', errors: [{ messageId: 'surroundingWhitespace', data: { where: 'after it' } }], output: '#apt28' },
    { name: 'a value without # is only trimmed here', value: '\u3000apt28', errors: ['surroundingWhitespace'], output: 'apt28' },
    { name: 'only whitespace, which the pattern refuses: an error, and nothing to fix', value: '  ', errors: [{ messageId: 'blank', severity: 'error', data: { value: '"  "' } }], output: null },
    { value: ' ', errors: ['blank'], output: null },
  ],
});
