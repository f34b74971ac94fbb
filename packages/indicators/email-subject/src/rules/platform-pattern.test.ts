import { RuleTester } from '@tclint/rule-tester';
import { plugin } from '../index.js';

// ThreatConnect's own Email Subject pattern, as a backstop: alone here, it reports what the other rules explain.
new RuleTester().run(plugin, 'platform-pattern', {
  valid: ['Invoice overdue', 'a\tb', ' x ', ' ', '😀'.repeat(100)],
  invalid: [
    {
      value: 'a\nb',
      errors: [{ messageId: 'mismatch', field: 'Subject', message: 'ThreatConnect\'s Email Subject pattern refuses Subject "a\\nb": the platform accepts only values that match it as a whole (.{1,100})' }],
    },
    { value: 's'.repeat(101), errors: ['mismatch'] },
    { value: '', errors: ['mismatch'] },
  ],
});
