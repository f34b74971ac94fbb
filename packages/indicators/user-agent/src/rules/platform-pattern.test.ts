import { RuleTester } from '@tclint/rule-tester';
import { plugin } from '../index.js';

// ThreatConnect's own User Agent pattern, as a backstop: alone here, it reports what the other rules explain.
new RuleTester().run(plugin, 'platform-pattern', {
  valid: ['curl/8.4.0', 'it’s/1.0', ' x ', '   ', `curl/${'7'.repeat(251)}`],
  invalid: [
    { value: "it's/1.0", errors: [{ messageId: 'mismatch', field: 'User Agent String' }] },
    { value: 'a\\b', errors: ['mismatch'] },
    { value: 'a\tb', errors: ['mismatch'] },
    { value: `curl/${'7'.repeat(252)}`, errors: ['mismatch'] },
    { value: '', errors: ['mismatch'] },
  ],
});
