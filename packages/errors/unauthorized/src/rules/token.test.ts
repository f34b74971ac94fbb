import { RuleTester } from '@tclint/rule-tester';
import { plugin } from '../index.js';
import { failed, TOKEN, TOKEN_AUTH, v2, v3 } from '../testing/exchanges.js';

new RuleTester().run(plugin, 'token', {
  valid: [
    { name: 'a well-formed token', subject: failed(401, v2('Unauthorized')) },
    { name: 'a successful exchange', subject: failed(200, '{"status":"Success"}', { authorization: 'Bearer x' }) },
    { name: 'another class: Access Denied', subject: failed(403, v2('Access Denied'), { authorization: 'Bearer x' }) },
    { name: '"Unauthorized" inside a longer word', subject: failed(401, 'UnauthorizedAccessException', { authorization: 'Bearer x' }) },
    { name: 'an empty 401 without a token', subject: failed(401, '', { authorization: 'Bearer x' }) },
  ],
  invalid: [
    { name: 'no Authorization header', subject: failed(401, v2('Unauthorized'), { authorization: null }), errors: [{ messageId: 'missingAuthorization', field: 'request.headers.Authorization' }] },
    { name: 'a signed request', subject: failed(401, v3('Unauthorized'), { authorization: 'TC 12345678901234567890:ZzVuIUzq/b9sDZwWBddim5oY3RrUKnWHvRhf5LAlOVM=' }), errors: ['signedRequest'] },
    { name: 'Bearer', subject: failed(401, v2('Unauthorized'), { authorization: `Bearer ${TOKEN}` }), errors: [{ messageId: 'otherScheme', data: { scheme: '"Bearer"' } }] },
    { name: 'a bare token', subject: failed(401, v2('Unauthorized'), { authorization: TOKEN }), errors: ['otherScheme'] },
    { name: 'lowercase tc-token', subject: failed(401, v2('unauthorized'), { authorization: `tc-token ${TOKEN}` }), errors: ['malformedToken'] },
    { name: 'two spaces', subject: failed(401, v2('Unauthorized'), { authorization: `TC-Token  ${TOKEN}` }), errors: ['malformedToken'] },
    { name: 'trailing newline', subject: failed(401, v2('Unauthorized'), { authorization: `${TOKEN_AUTH}\n` }), errors: ['malformedToken'] },
    { name: 'empty token', subject: failed(401, v2('Unauthorized'), { authorization: 'TC-Token' }), errors: ['malformedToken'] },
    { name: 'quoted token', subject: failed(401, v2('Unauthorized'), { authorization: `TC-Token "${TOKEN}"` }), errors: ['malformedToken'] },
    { name: "b'…' token", subject: failed(401, v2('Unauthorized'), { authorization: `TC-Token b'${TOKEN}'` }), errors: ['malformedToken'] },
    { name: 'line break inside the token', subject: failed(401, v2('Unauthorized'), { authorization: `TC-Token ${TOKEN.slice(0, 9)}\n${TOKEN.slice(9)}` }), errors: ['malformedToken'] },
    { name: 'an empty 401 with a malformed token', subject: failed(401, '', { authorization: `TC-TOKEN ${TOKEN}` }), errors: ['malformedToken'] },
  ],
});
