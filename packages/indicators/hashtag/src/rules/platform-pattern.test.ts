import { RuleTester } from '@tclint/rule-tester';
import { plugin } from '../index.js';

// ThreatConnect's own Hashtag pattern, as a backstop: alone here, it reports what the other rules explain.
new RuleTester().run(plugin, 'platform-pattern', {
  valid: ['#apt28', '#APT28', '#_a', `#${'a'.repeat(255)}`, '#a1'],
  invalid: [
    {
      value: '#4471',
      errors: [
        {
          messageId: 'mismatch',
          field: 'Hashtag',
          message: 'ThreatConnect\'s Hashtag pattern refuses Hashtag "#4471": the platform accepts only values that match it as a whole (\\B(\\#(?=\\w*[A-Za-z]+)\\w{1,254}[A-Za-z0-9]))',
        },
      ],
    },
    { value: 'apt28', errors: ['mismatch'] },
    { value: '#勒索软件', errors: ['mismatch'] },
    { value: '#a', errors: ['mismatch'] },
    { value: `#${'a'.repeat(256)}`, errors: ['mismatch'] },
    { value: ' #apt28', errors: ['mismatch'] },
  ],
});
