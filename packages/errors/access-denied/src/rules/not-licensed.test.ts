import { RuleTester } from '@tclint/rule-tester';
import { plugin } from '../index.js';
import { failed, v2, v3 } from '../testing/exchanges.js';

const FULL = 'API access has not been licensed for this system, please contact sales@threatconnect.com if you wish to enable it';

new RuleTester().run(plugin, 'not-licensed', {
  valid: [
    { name: 'another 503', subject: failed(503, 'Service Unavailable') },
    { name: 'Access Denied', subject: failed(403, v2('Access Denied')) },
  ],
  invalid: [
    { name: 'v2 503, full text', subject: failed(503, v2(FULL)), errors: [{ messageId: 'notLicensed', data: { instance: 'tc.example.com' } }] },
    { name: 'v2 503, short text', subject: failed(503, v2('API access has not been licensed for this system...')), errors: ['notLicensed'] },
    { name: 'v3 503', subject: failed(503, v3(FULL, '0x1007')), errors: ['notLicensed'] },
    { name: 'plain text in capitals', subject: failed(503, FULL.toUpperCase()), errors: ['notLicensed'] },
    { name: 'lowercase on another status', subject: failed(401, v2(FULL.toLowerCase())), errors: ['notLicensed'] },
  ],
});
