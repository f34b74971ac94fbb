import { RuleTester } from '@tclint/rule-tester';
import { plugin } from '../index.js';
import { BASE, failed, NOW, TOKEN, v2, v3 } from '../testing/exchanges.js';

const RENEWAL = 'The Job associated with this token is either invalid or does not exist.';
const renewalUrl = `${BASE}/appAuth?expiredToken=${encodeURIComponent(TOKEN)}&expires=${NOW}`;

new RuleTester().run(plugin, 'renewal', {
  valid: [
    { name: 'Unauthorized', subject: failed(401, v2('Unauthorized'), { url: renewalUrl }) },
    { name: 'a successful renewal', subject: failed(200, '{"success":true,"apiToken":"x"}', { url: renewalUrl }) },
  ],
  invalid: [
    { name: 'v2, verbatim', subject: failed(400, v2(RENEWAL), { url: renewalUrl, authorization: null }), errors: ['renewalFailed'] },
    { name: 'v3', subject: failed(401, v3(RENEWAL), { url: renewalUrl, authorization: null }), errors: ['renewalFailed'] },
    { name: 'v3 404 0x1004', subject: failed(404, v3(RENEWAL, '0x1004'), { url: renewalUrl }), errors: ['renewalFailed'] },
    { name: 'lowercase, no period', subject: failed(401, v2(RENEWAL.toLowerCase().slice(0, -1)), { url: renewalUrl }), errors: ['renewalFailed'] },
    { name: 'capitals, plain text', subject: failed(500, RENEWAL.toUpperCase(), { url: `${BASE}/v2/owners` }), errors: ['renewalFailed'] },
  ],
});
