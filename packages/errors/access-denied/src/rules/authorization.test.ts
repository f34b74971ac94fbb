import { RuleTester } from '@tclint/rule-tester';
import { exchangeSubject } from '@tclint/core';
import { plugin } from '../index.js';
import { ACCESS_ID, failed, HMAC, SIGNATURE, TOKEN, v2, v3 } from '../testing/exchanges.js';

const HEX = Buffer.from(SIGNATURE, 'base64').toString('hex');
const BASE64_OF_HEX = Buffer.from(HEX, 'utf8').toString('base64');
const BASE64_URL = Buffer.from(SIGNATURE, 'base64').toString('base64url');
const HEADER = 'request.headers.Authorization';
const denied = (authorization: string | null, body = v2('Access Denied'), status = 401, secretKey?: string) =>
  failed(status, body, { authorization, ...(secretKey ? { secretKey } : {}) });

new RuleTester().run(plugin, 'authorization', {
  valid: [
    { name: 'a successful exchange', subject: exchangeSubject({ request: { method: 'GET', url: 'https://tc.example.com/api/v2/owners', headers: { Authorization: 'Bearer x' } }, response: { status: 200, headers: {}, body: '{"status":"Success"}' } }) },
    { name: 'no response yet', subject: exchangeSubject({ request: { method: 'GET', url: 'https://tc.example.com/api/v2/owners', headers: { Authorization: 'Bearer x' } } }) },
    { name: 'another class: signature', subject: denied('Bearer x', v2('Signature data did not match expected result')) },
    { name: 'another class: owner not found', subject: denied('Bearer x', v2('The requested owner was not found'), 404) },
    { name: '"Access Denied" in a 200 body is not a failure', subject: denied('Bearer x', v2('Access Denied'), 200) },
  ],
  invalid: [
    // Every spelling of the message, in both envelopes, with a well-formed header.
    { name: 'v2 401', subject: denied(HMAC), errors: [{ messageId: 'unknownAccessId', data: { accessId: ACCESS_ID }, field: HEADER }], output: null },
    { name: 'v2 403', subject: denied(HMAC, v2('Access Denied'), 403), errors: ['unknownAccessId'], output: null },
    { name: 'v3 401 0x1002', subject: denied(HMAC, v3('Access Denied')), errors: ['unknownAccessId'], output: null },
    { name: 'v3 403 0x1003', subject: denied(HMAC, v3('Access Denied', '0x1003'), 403), errors: ['unknownAccessId'], output: null },
    { name: 'lowercase', subject: denied(HMAC, v2('access denied')), errors: ['unknownAccessId'], output: null },
    { name: 'uppercase v3', subject: denied(HMAC, v3('ACCESS DENIED', '0x1003'), 403), errors: ['unknownAccessId'], output: null },
    { name: 'plain text body', subject: denied(HMAC, 'Access denied.'), errors: ['unknownAccessId'], output: null },
    { name: 'token header', subject: denied(`TC-Token ${TOKEN}`), errors: ['tokenNotAccepted'], output: null },

    // The header is missing or malformed.
    { name: 'no Authorization header', subject: denied(null), errors: ['missingAuthorization'], output: null },
    { name: 'Bearer', subject: denied('Bearer x'), errors: ['malformedAuthorization'], output: null },
    { name: 'Bearer with a token', subject: denied(`Bearer ${TOKEN}`), errors: ['malformedAuthorization'], output: null },
    { name: 'empty header', subject: denied(''), errors: ['malformedAuthorization'], output: null },
    { name: 'missing colon', subject: denied(`TC ${ACCESS_ID}${SIGNATURE}`), errors: ['malformedAuthorization'], output: null },
    { name: 'empty access id', subject: denied(`TC :${SIGNATURE}`), errors: ['malformedAuthorization'], output: null },
    { name: 'empty signature', subject: denied(`TC ${ACCESS_ID}:`), errors: ['malformedAuthorization'], output: null },
    { name: 'nothing after TC', subject: denied('TC'), errors: ['malformedAuthorization'], output: null },
    { name: 'two colons', subject: denied(`TC ${ACCESS_ID}:${SIGNATURE}:x`), errors: ['malformedAuthorization'], output: null },
    { name: 'signature not base64', subject: denied(`TC ${ACCESS_ID}:not*base64!`), errors: ['malformedAuthorization'], output: null },
    { name: 'signature too short', subject: denied(`TC ${ACCESS_ID}:${SIGNATURE.slice(0, 20)}`), errors: ['malformedAuthorization'], output: null },
    { name: 'space inside the signature', subject: denied(`TC ${ACCESS_ID}:${SIGNATURE.slice(0, 10)} ${SIGNATURE.slice(10)}`), errors: ['malformedAuthorization'], output: null },
    { name: 'lowercase tc-token', subject: denied(`tc-token ${TOKEN}`), errors: ['malformedAuthorization'], output: null },
    { name: 'empty token', subject: denied('TC-Token '), errors: ['malformedAuthorization'], output: null },
    { name: 'quoted token', subject: denied(`TC-Token "${TOKEN}"`), errors: ['malformedAuthorization'], output: null },
    { name: 'bare token', subject: denied(TOKEN), errors: ['malformedAuthorization'], output: null },
    { name: 'secret key sent as the signature', subject: denied(`TC ${ACCESS_ID}:abcdefghijklmnopqrstuvwxyz0123456789ABCD`, v2('Access Denied'), 401, 'abcdefghijklmnopqrstuvwxyz0123456789ABCD'), errors: ['malformedAuthorization'], output: null },

    // Malformed but repairable: the fix rewrites the header.
    { name: 'lowercase tc', subject: denied(`tc ${ACCESS_ID}:${SIGNATURE}`), errors: [{ messageId: 'malformedAuthorization', field: HEADER }], output: { [HEADER]: HMAC } },
    { name: 'Tc', subject: denied(`Tc ${ACCESS_ID}:${SIGNATURE}`), errors: ['malformedAuthorization'], output: { [HEADER]: HMAC } },
    { name: 'two spaces after TC', subject: denied(`TC  ${ACCESS_ID}:${SIGNATURE}`), errors: ['malformedAuthorization'], output: { [HEADER]: HMAC } },
    { name: 'tab after TC', subject: denied(`TC\t${ACCESS_ID}:${SIGNATURE}`), errors: ['malformedAuthorization'], output: { [HEADER]: HMAC } },
    { name: 'trailing newline', subject: denied(`${HMAC}\n`), errors: ['malformedAuthorization'], output: { [HEADER]: HMAC } },
    { name: 'leading space', subject: denied(` ${HMAC}`), errors: ['malformedAuthorization'], output: { [HEADER]: HMAC } },
    { name: 'spaces around the colon', subject: denied(`TC ${ACCESS_ID} : ${SIGNATURE}`), errors: ['malformedAuthorization'], output: { [HEADER]: HMAC } },
    { name: "Python bytes b'...'", subject: denied(`TC ${ACCESS_ID}:b'${SIGNATURE}'`), errors: ['malformedAuthorization'], output: { [HEADER]: HMAC } },
    { name: 'quoted signature', subject: denied(`TC ${ACCESS_ID}:"${SIGNATURE}"`), errors: ['malformedAuthorization'], output: { [HEADER]: HMAC } },
    { name: 'hex digest', subject: denied(`TC ${ACCESS_ID}:${HEX}`), errors: ['malformedAuthorization'], output: { [HEADER]: HMAC } },
    { name: 'base64 of the hex digest', subject: denied(`TC ${ACCESS_ID}:${BASE64_OF_HEX}`), errors: ['malformedAuthorization'], output: { [HEADER]: HMAC } },
    { name: 'URL-safe base64', subject: denied(`TC ${ACCESS_ID}:${BASE64_URL}`), errors: ['malformedAuthorization'], output: { [HEADER]: HMAC } },
    { name: 'missing padding', subject: denied(`TC ${ACCESS_ID}:${SIGNATURE.replace('=', '')}`), errors: ['malformedAuthorization'], output: { [HEADER]: HMAC } },
    { name: 'no scheme', subject: denied(`${ACCESS_ID}:${SIGNATURE}`), errors: ['malformedAuthorization'], output: { [HEADER]: HMAC } },
    { name: 'several repairable problems at once', subject: denied(`tc  ${ACCESS_ID} :b'${SIGNATURE}'\r\n`), errors: ['malformedAuthorization'], output: { [HEADER]: HMAC } },
  ],
});
