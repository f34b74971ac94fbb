import { RuleTester } from '@tclint/rule-tester';
import { plugin } from '../index.js';
import { TOKEN, v2, v3 } from '../testing/exchanges.js';

const RENEWAL = 'The Job associated with this token is either invalid or does not exist.';

new RuleTester().run(plugin, 'message', {
  valid: ['Access Denied', 'System.UnauthorizedAccessException: Access to the path is denied', 'Signature data did not match expected result', ''].map((text) => ({ text })),
  invalid: [
    { text: 'Unauthorized', errors: ['unauthorized'] },
    { text: v2('Unauthorized'), errors: ['unauthorized'] },
    { text: v3('Unauthorized'), errors: ['unauthorized'] },
    { text: 'unauthorized', errors: ['unauthorized'] },
    { text: 'HTTP/1.1 401 UNAUTHORIZED', errors: ['unauthorized'] },
    { text: RENEWAL, errors: ['renewalFailed'] },
    { text: v2(RENEWAL), errors: ['renewalFailed'] },
    { text: v3(RENEWAL), errors: ['renewalFailed'] },
    { text: RENEWAL.toUpperCase(), errors: ['renewalFailed'] },
    { text: `GET /api/v3/indicators\nAuthorization: TC-Token ${TOKEN}\n401 Unauthorized\n${RENEWAL}`, errors: ['unauthorized', 'renewalFailed'] },
  ],
});
