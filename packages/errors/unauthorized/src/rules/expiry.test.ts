import { RuleTester } from '@tclint/rule-tester';
import { plugin } from '../index.js';
import { failed, NOW, TOKEN, v2, v3 } from '../testing/exchanges.js';

const HOUR = 3600;

new RuleTester().run(plugin, 'expiry', {
  valid: [
    { name: 'a successful exchange', subject: failed(200, '{"status":"Success"}', { tokenExpires: NOW - HOUR }) },
    { name: 'a signed request', subject: failed(401, v2('Unauthorized'), { authorization: 'TC 1:ZzVuIUzq/b9sDZwWBddim5oY3RrUKnWHvRhf5LAlOVM=', tokenExpires: NOW - HOUR }) },
    { name: 'no Authorization header', subject: failed(401, v2('Unauthorized'), { authorization: null }) },
    { name: 'Access Denied with an expired token', subject: failed(403, v2('Access Denied'), { tokenExpires: NOW - HOUR }) },
    { name: 'a malformed token header and nothing measured', subject: failed(401, v2('Unauthorized'), { authorization: `TC-Token "${TOKEN}"` }) },
  ],
  invalid: [
    // The message in both envelopes and in other letter case.
    { name: 'v2 401, expired', subject: failed(401, v2('Unauthorized'), { tokenExpires: NOW - 2 * HOUR }), errors: [{ messageId: 'tokenExpired', data: { expiredAt: '2023-11-14T20:13:20Z', ago: '2 h' }, field: 'request.headers.Authorization' }] },
    { name: 'v3 401 0x1002, expired', subject: failed(401, v3('Unauthorized'), { tokenExpires: NOW - 90 }), errors: [{ messageId: 'tokenExpired', data: { ago: '1 min 30 s' } }] },
    { name: 'lowercase', subject: failed(401, v2('unauthorized'), { tokenExpires: NOW - 1 }), errors: ['tokenExpired'] },
    { name: 'capitals, plain text', subject: failed(401, 'UNAUTHORIZED', { tokenExpires: NOW }), errors: ['tokenExpired'] },
    { name: 'v3 in a sentence', subject: failed(401, v3('Unauthorized: token is not valid'), { tokenExpires: NOW - 5 }), errors: ['tokenExpired'] },
    { name: 'empty 401 with a token', subject: failed(401, '', { tokenExpires: NOW - 5 }), errors: ['tokenExpired'] },

    // The clock: the Date header, else localTime; milliseconds are read as such.
    { name: 'localTime when there is no Date header', subject: failed(401, v2('Unauthorized'), { date: null, localTime: NOW * 1000, tokenExpires: NOW - 600 }), errors: [{ messageId: 'tokenExpired', data: { ago: '10 min' } }] },
    { name: 'the Date header wins over localTime', subject: failed(401, v2('Unauthorized'), { localTime: (NOW - 3 * HOUR) * 1000, tokenExpires: NOW - HOUR }), errors: ['tokenExpired'] },
    { name: 'tokenExpires in milliseconds', subject: failed(401, v2('Unauthorized'), { tokenExpires: (NOW - 60) * 1000 }), errors: [{ messageId: 'tokenExpired', data: { ago: '1 min' } }] },
    { name: 'a malformed token header that also expired', subject: failed(401, v2('Unauthorized'), { authorization: `TC-Token '${TOKEN}'`, tokenExpires: NOW - 60 }), errors: ['tokenExpired'] },

    // Job tokens last 4 hours.
    { name: 'job token issued 5 hours ago', subject: failed(401, v2('Unauthorized'), { tokenIssued: NOW - 5 * HOUR }), errors: [{ messageId: 'jobTokenTooOld', data: { age: '5 h' } }] },
    { name: 'job token older than 4 h with a later stated expiry', subject: failed(401, v3('Unauthorized'), { tokenIssued: NOW - 4 * HOUR - 1, tokenExpires: NOW + HOUR }), errors: [{ messageId: 'jobTokenTooOld', data: { age: '4 h' } }] },

    // Not expired: regenerated.
    { name: 'not expired: regenerated', subject: failed(401, v2('Unauthorized'), { tokenExpires: NOW + 3 * HOUR }), errors: [{ messageId: 'tokenRegenerated', data: { left: '3 h' } }] },
    { name: 'not expired, job token within 4 h', subject: failed(401, v2('Unauthorized'), { tokenExpires: NOW + HOUR, tokenIssued: NOW - HOUR }), errors: ['tokenRegenerated'] },

    // Nothing measured: both causes remain.
    { name: 'expiry unknown', subject: failed(401, v2('Unauthorized')), errors: ['tokenExpiredOrRegenerated'] },
    { name: 'expiry known, no clock', subject: failed(401, v2('Unauthorized'), { date: null, tokenExpires: NOW }), errors: ['tokenExpiredOrRegenerated'] },
    { name: 'an unreadable Date header', subject: failed(401, v2('Unauthorized'), { date: 'yesterday', tokenExpires: NOW }), errors: ['tokenExpiredOrRegenerated'] },
    { name: 'a job token within 4 h, expiry unknown', subject: failed(401, v2('Unauthorized'), { tokenIssued: NOW - HOUR }), errors: ['tokenExpiredOrRegenerated'] },
  ],
});
