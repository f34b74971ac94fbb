import { exchangeSubject } from '@tclint/core';
import { RuleTester } from '@tclint/rule-tester';
import { plugin, signRequest } from '../index.js';
import { ACCESS_ID, b64, digest, failed, header, SECRET, sha1Signature, sha256Hex, TS, URL, v2Body, v3Body } from '../testing/exchanges.js';

const PATH = '/api/v2/indicators/hosts/example.com?owner=Common%20Community';
const correct = (url = URL, method = 'GET', timestamp = TS) => signRequest({ method, url, accessId: ACCESS_ID, secretKey: SECRET, timestamp }).Authorization;
const fixed = (url = URL, method = 'GET', timestamp = TS) => ({ 'request.headers.Authorization': correct(url, method, timestamp) });
const good = b64(`${PATH}:GET:${TS}`);

new RuleTester().run(plugin, 'exchange', {
  valid: [
    { name: 'a request without a response', subject: exchangeSubject({ request: { method: 'GET', url: URL, headers: { Timestamp: TS, Authorization: header('x') } }, secretKey: SECRET }) },
    { name: 'a successful response', subject: exchangeSubject({ request: { method: 'GET', url: URL, headers: { Timestamp: TS, Authorization: header('x') } }, response: { status: 200, headers: {}, body: '{"status":"Success","data":{}}' } }) },
    { name: 'another error class (v2)', subject: failed({ authorization: header('x'), timestamp: TS, body: v2Body('Timestamp out of acceptable time range') }) },
    { name: 'another error class (v3)', subject: failed({ authorization: header('x'), timestamp: TS, status: 403, body: v3Body('Access Denied') }) },
    { name: 'a plain-text body of another error', subject: failed({ authorization: header('x'), timestamp: TS, body: 'Unauthorized' }) },
  ],
  invalid: [
    // Recognition: every envelope and letter case.
    { name: 'v2 envelope, without the key: well-formed header', subject: failed({ authorization: header(good), timestamp: TS }), errors: [{ messageId: 'unverified', field: 'request.headers.Authorization', data: { accessId: ACCESS_ID } }], output: null },
    { name: 'v3 envelope (403)', subject: failed({ authorization: header(good), timestamp: TS, status: 403, body: v3Body() }), errors: ['unverified'], output: null },
    { name: 'v3 envelope, lowercase message', subject: failed({ authorization: header(good), timestamp: TS, body: v3Body('signature data did not match expected result') }), errors: ['unverified'], output: null },
    { name: 'v2 envelope, uppercase message', subject: failed({ authorization: header(good), timestamp: TS, body: v2Body('SIGNATURE DATA DID NOT MATCH EXPECTED RESULT.') }), errors: ['unverified'], output: null },
    { name: 'plain-text body', subject: failed({ authorization: header(good), timestamp: TS, body: 'Signature Data Did Not Match Expected Result' }), errors: ['unverified'], output: null },

    // With the secret key: the mistake that reproduces the client's signature.
    { name: 'signed correctly: the key is not ThreatConnect\'s', subject: failed({ authorization: correct(), timestamp: TS, secretKey: SECRET }), errors: [{ messageId: 'signedCorrectly', data: { accessId: ACCESS_ID } }], output: null },
    { name: 'path without /api', subject: failed({ authorization: header(b64(`/v2/indicators/hosts/example.com?owner=Common%20Community:GET:${TS}`)), timestamp: TS, secretKey: SECRET }), errors: [{ messageId: 'missingApiPrefix', data: { signed: `"/v2/indicators/hosts/example.com?owner=Common%20Community:GET:${TS}"`, expected: `"${PATH}:GET:${TS}"` } }], output: fixed() },
    { name: 'path with an /api the request line lacks', subject: failed({ url: 'https://tc.example/v2/owners', authorization: header(b64(`/api/v2/owners:GET:${TS}`)), timestamp: TS, secretKey: SECRET }), errors: ['extraApiPrefix'], output: fixed('https://tc.example/v2/owners') },
    { name: 'query not signed', subject: failed({ authorization: header(b64(`/api/v2/indicators/hosts/example.com:GET:${TS}`)), timestamp: TS, secretKey: SECRET }), errors: ['queryNotSigned'], output: fixed() },
    { name: 'decoded query', subject: failed({ authorization: header(b64(`/api/v2/indicators/hosts/example.com?owner=Common Community:GET:${TS}`)), timestamp: TS, secretKey: SECRET }), errors: ['decodedQuery'], output: fixed() },
    {
      name: 'decoded path',
      subject: failed({ url: '/api/v2/indicators/urls/http%3A%2F%2Fexample.com%2Fa', authorization: header(b64(`/api/v2/indicators/urls/http://example.com/a:GET:${TS}`)), timestamp: TS, secretKey: SECRET }),
      errors: ['decodedPath'],
      output: fixed('/api/v2/indicators/urls/http%3A%2F%2Fexample.com%2Fa'),
    },
    { name: '+ signed where the request line has %20', subject: failed({ authorization: header(b64(`/api/v2/indicators/hosts/example.com?owner=Common+Community:GET:${TS}`)), timestamp: TS, secretKey: SECRET }), errors: ['plusForSpace'], output: fixed() },
    {
      name: '%20 signed where the request line has +',
      subject: failed({ url: '/api/v2/owners?name=Common+Community', authorization: header(b64(`/api/v2/owners?name=Common%20Community:GET:${TS}`)), timestamp: TS, secretKey: SECRET }),
      errors: ['percentForPlus'],
      output: fixed('/api/v2/owners?name=Common+Community'),
    },
    { name: 'full URL signed', subject: failed({ authorization: header(b64(`https://tc.example${PATH}:GET:${TS}`)), timestamp: TS, secretKey: SECRET }), errors: ['fullUrlSigned'], output: fixed() },
    { name: 'lowercase method', subject: failed({ method: 'POST', url: '/api/v3/indicators', authorization: header(b64(`/api/v3/indicators:post:${TS}`)), timestamp: TS, secretKey: SECRET }), errors: [{ messageId: 'lowercaseMethod', data: { method: 'POST', signedMethod: 'post' } }], output: fixed('/api/v3/indicators', 'POST') },
    {
      name: 'timestamp signed in milliseconds',
      subject: failed({ authorization: header(b64(`${PATH}:GET:${TS}437`)), timestamp: TS, secretKey: SECRET }),
      errors: [{ messageId: 'timestampMilliseconds', data: { signedTimestamp: `${TS}437`, header: TS } }],
      output: fixed(),
    },
    {
      name: 'timestamp signed 2 s after the header',
      subject: failed({ authorization: header(b64(`${PATH}:GET:${Number(TS) + 2}`)), timestamp: TS, secretKey: SECRET }),
      errors: [{ messageId: 'timestampDiffers', data: { signedTimestamp: String(Number(TS) + 2), seconds: 2, difference: '2 s later than the header' } }],
      output: fixed(),
    },
    {
      name: 'timestamp signed 300 s before the header',
      subject: failed({ authorization: header(b64(`${PATH}:GET:${Number(TS) - 300}`)), timestamp: TS, secretKey: SECRET }),
      errors: [{ messageId: 'timestampDiffers', data: { seconds: -300, difference: '300 s earlier than the header' } }],
      output: fixed(),
    },
    {
      name: 'seconds signed, milliseconds in the header',
      subject: failed({ authorization: header(b64(`${PATH}:GET:${TS}`)), timestamp: `${TS}123`, secretKey: SECRET }),
      errors: [{ messageId: 'timestampDiffers', data: { signedTimestamp: TS, difference: 'in seconds, while the header is in milliseconds' } }],
      output: { 'request.headers.Authorization': header(b64(`${PATH}:GET:${TS}123`)) },
    },
    { name: 'trailing newline in the client\'s secret key', subject: failed({ authorization: header(b64(`${PATH}:GET:${TS}`, `${SECRET}\n`)), timestamp: TS, secretKey: SECRET }), errors: [{ messageId: 'secretKeyWhitespace', data: { whitespace: 'a trailing newline' } }], output: fixed() },
    { name: 'trailing CRLF in the client\'s secret key', subject: failed({ authorization: header(b64(`${PATH}:GET:${TS}`, `${SECRET}\r\n`)), timestamp: TS, secretKey: SECRET }), errors: [{ messageId: 'secretKeyWhitespace', data: { whitespace: 'a trailing carriage return and newline' } }], output: fixed() },
    {
      name: 'the supplied key carries the same stray space the client signed with',
      subject: failed({ authorization: header(b64(`${PATH}:GET:${TS}`, ` ${SECRET}`)), timestamp: TS, secretKey: ` ${SECRET}` }),
      errors: [{ messageId: 'secretKeyWhitespace', data: { whitespace: 'a leading space' } }],
      output: fixed(),
    },
    { name: "b'...' around the signature (Python 3 bytes)", subject: failed({ authorization: header(`b'${good}'`), timestamp: TS, secretKey: SECRET }), errors: ['bytesWrapper'], output: fixed() },
    { name: 'hex digest', subject: failed({ authorization: header(digest(`${PATH}:GET:${TS}`).toString('hex')), timestamp: TS, secretKey: SECRET }), errors: ['hexDigest'], output: fixed() },
    { name: 'base64 of the hex digest', subject: failed({ authorization: header(Buffer.from(digest(`${PATH}:GET:${TS}`).toString('hex')).toString('base64')), timestamp: TS, secretKey: SECRET }), errors: ['base64OfHex'], output: fixed() },
    { name: 'access id with a trailing newline', subject: failed({ authorization: `TC ${ACCESS_ID}\n:${good}`, timestamp: TS, secretKey: SECRET }), errors: [{ messageId: 'accessIdWhitespace', data: { whitespace: 'a trailing newline' } }], output: fixed() },
    { name: 'base64.encodebytes inside str(bytes)', subject: failed({ authorization: header(`b'${good}\\n'`), timestamp: TS, secretKey: SECRET }), errors: ['bytesWrapper', { messageId: 'signatureWhitespace', data: { whitespace: 'a trailing escaped newline ("\\n")' } }], output: fixed() },
    { name: 'two mistakes: no /api and lowercase method', subject: failed({ authorization: header(b64(`/v2/indicators/hosts/example.com?owner=Common%20Community:get:${TS}`)), timestamp: TS, secretKey: SECRET }), errors: ['missingApiPrefix', 'lowercaseMethod'], output: fixed() },
    { name: "b'...' and no /api", subject: failed({ authorization: header(`b'${b64(`/v2/indicators/hosts/example.com?owner=Common%20Community:GET:${TS}`)}'`), timestamp: TS, secretKey: SECRET }), errors: ['bytesWrapper', 'missingApiPrefix'], output: fixed() },
    { name: 'another secret key', subject: failed({ authorization: header(b64(`${PATH}:GET:${TS}`, 'zyxwvutsrqponmlkjihgfedcba9876543210DCBA')), timestamp: TS, secretKey: SECRET }), errors: ['wrongSecretKey'], output: fixed() },
    { name: 'the secret key sent as the access id', subject: failed({ authorization: header(good, SECRET), timestamp: TS, secretKey: SECRET }), errors: ['secretKeyAsAccessId'], output: null },
    { name: 'without the key, no Timestamp: the form is still fixed', subject: failed({ authorization: header(`b'${good}'`) }), errors: ['missingTimestamp', 'bytesWrapper'], output: { 'request.headers.Authorization': header(good) } },
    { name: 'the secret key sent as the signature', subject: failed({ authorization: header(SECRET), timestamp: TS, secretKey: SECRET }), errors: ['secretKeyInHeader'], output: fixed() },
    { name: 'HMAC-SHA1 instead of SHA-256', subject: failed({ authorization: header(sha1Signature(`${PATH}:GET:${TS}`)), timestamp: TS, secretKey: SECRET }), errors: [{ messageId: 'wrongDigestLength', data: { length: 20, algorithm: ' (the size of a SHA-1 digest)' } }], output: fixed() },
    { name: 'lowercase scheme', subject: failed({ authorization: `tc ${ACCESS_ID}:${good}`, timestamp: TS, secretKey: SECRET }), errors: [{ messageId: 'schemeCase', data: { scheme: 'tc' } }], output: fixed() },
    { name: 'missing scheme', subject: failed({ authorization: `${ACCESS_ID}:${good}`, timestamp: TS, secretKey: SECRET }), errors: ['missingScheme'], output: fixed() },
    { name: 'token scheme', subject: failed({ authorization: 'TC-Token APIV2:430:c8mTcH:1234567890123:7mbiy0', timestamp: TS, secretKey: SECRET }), errors: ['malformedAuthorization'], output: null },
    { name: 'no Authorization header', subject: failed({ timestamp: TS, secretKey: SECRET }), errors: ['missingAuthorization'], output: null },
    {
      name: 'no Timestamp header: the signed one is found near the local clock',
      subject: failed({ authorization: correct(URL, 'GET', '1700000003'), secretKey: SECRET, localTime: 1_700_000_000_500 }),
      errors: [{ messageId: 'missingTimestamp', field: 'request.headers.Timestamp' }],
      output: { 'request.headers.Timestamp': '1700000003', 'request.headers.Authorization': correct(URL, 'GET', '1700000003') },
    },
    {
      name: 'no Timestamp header: signed anew with the local clock',
      subject: failed({ authorization: header('bm90IGEgc2lnbmF0dXJlIG9mIHRoaXMgcmVxdWVzdCEhISEhISEhISEhISE='), secretKey: SECRET, localTime: 1_700_000_000_500 }),
      errors: ['missingTimestamp', 'wrongDigestLength'],
      output: { 'request.headers.Timestamp': '1700000000', 'request.headers.Authorization': correct(URL, 'GET', '1700000000') },
    },
    { name: 'no Timestamp header, no key', subject: failed({ authorization: header(good) }), errors: ['missingTimestamp'], output: null },

    // A request method that is no HTTP method (policy): the request was never sent as recorded, so nothing is signed.
    {
      name: 'a method with a space, with the key',
      subject: failed({ method: 'GET POST', authorization: header(good), timestamp: TS, secretKey: SECRET }),
      errors: [{ messageId: 'invalidMethod', field: 'request.method', data: { method: '"GET POST"' } }],
      output: null,
    },
    { name: 'a method with a space, without the key', subject: failed({ method: 'GET POST', authorization: header(good), timestamp: TS }), errors: ['invalidMethod'], output: null },
    { name: 'a method of 33 characters', subject: failed({ method: 'G'.repeat(33), authorization: header(good), timestamp: TS, secretKey: SECRET }), errors: ['invalidMethod'], output: null },
    { name: 'a non-ASCII method', subject: failed({ method: 'GÉT', authorization: header(good), timestamp: TS, secretKey: SECRET }), errors: ['invalidMethod'], output: null },
    { name: 'an empty method', subject: failed({ method: '', authorization: header(good), timestamp: TS, secretKey: SECRET }), errors: ['invalidMethod'], output: null },
    { name: 'an invalid method, no Timestamp header', subject: failed({ method: 'GET\n', authorization: header(good), secretKey: SECRET, localTime: 1_700_000_000_500 }), errors: ['missingTimestamp', 'invalidMethod'], output: null },
    { name: "an invalid method after a form mistake: b'...' is still unwrapped without the key", subject: failed({ method: 'GET\n', authorization: header(`b'${good}'`), timestamp: TS }), errors: ['bytesWrapper', 'invalidMethod'], output: { 'request.headers.Authorization': header(good) } },
    {
      name: 'a 32-character token is a method: signed as usual',
      subject: failed({ method: 'X'.repeat(32), url: '/api/v2/owners', authorization: header(b64(`/api/v2/owners:${'X'.repeat(32)}:${TS}`)), timestamp: TS, secretKey: SECRET }),
      errors: ['signedCorrectly'],
      output: null,
    },
    {
      name: 'a method of token symbols is a method',
      subject: failed({ method: "M-S!#$%&'*+.^_`|~1", url: '/api/v2/owners', authorization: header(b64(`/api/v2/owners:M-S!#$%&'*+.^_\`|~1:${TS}`)), timestamp: TS, secretKey: SECRET }),
      errors: ['signedCorrectly'],
      output: null,
    },

    // Without the secret key: the header's form, fixed where the digest is intact.
    { name: "without the key: b'...' is unwrapped", subject: failed({ authorization: header(`b'${good}'`), timestamp: TS, status: 403 }), errors: ['bytesWrapper'], output: { 'request.headers.Authorization': header(good) } },
    { name: 'without the key: hex becomes base64', subject: failed({ authorization: header(digest(`${PATH}:GET:${TS}`).toString('hex').toUpperCase()), timestamp: TS }), errors: ['hexDigest'], output: { 'request.headers.Authorization': header(good) } },
    { name: 'without the key: URL-safe, unpadded base64', subject: failed({ authorization: header(digest(`${PATH}:GET:${TS}`).toString('base64url')), timestamp: TS }), errors: ['base64Url', 'missingPadding'], output: { 'request.headers.Authorization': header(good) } },
    { name: 'without the key: hex of a SHA-256 (not an HMAC) is still 32 bytes', subject: failed({ authorization: header(sha256Hex('x')), timestamp: TS }), errors: ['hexDigest'], output: { 'request.headers.Authorization': header(Buffer.from(sha256Hex('x'), 'hex').toString('base64')) } },
    { name: 'without the key: garbage signature', subject: failed({ authorization: header('not base64!'), timestamp: TS }), errors: [{ messageId: 'malformedAuthorization', data: { problem: 'has a signature that is neither base64 nor hex ("not base64!")' } }], output: null },
    { name: 'without the key: no colon', subject: failed({ authorization: `TC ${ACCESS_ID}`, timestamp: TS }), errors: [{ messageId: 'malformedAuthorization', data: { problem: 'has no ":" between the access id and the signature' } }], output: null },
  ],
});
