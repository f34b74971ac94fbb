import { RuleTester } from '@tclint/rule-tester';
import { plugin } from '../index.js';
import { BASE, failed, TOKEN, v2, v3 } from '../testing/exchanges.js';

const URL_FIELD = 'request.url';
const TOKEN_AUTH = `TC-Token ${TOKEN}`;
const groups = (query: string) => `${BASE}/v2/groups/adversaries?${query}`;

new RuleTester().run(plugin, 'owner', {
  valid: [
    { name: 'Access Denied without an owner parameter', subject: failed(401, v2('Access Denied'), { url: `${BASE}/v2/owners` }) },
    { name: 'an owner on a successful request', subject: failed(200, '{"status":"Success"}', { url: groups('owner=Common%20Community') }) },
    { name: 'an owner on another error class', subject: failed(401, v2('Signature data did not match expected result'), { url: groups('owner=Common Community') }) },
    { name: 'a parameter that only ends in "owner"', subject: failed(401, v2('Access Denied'), { url: groups('groupOwner=Acme') }) },
  ],
  invalid: [
    // Access Denied for a request in an owner.
    { name: 'Access Denied v2 403, owner', subject: failed(403, v2('Access Denied'), { url: groups('owner=Common%20Community') }), errors: [{ messageId: 'ownerAccess', data: { owner: '"Common Community"', parameter: 'owner' }, field: URL_FIELD }], output: null },
    { name: 'Access Denied v3 401, Owner', subject: failed(401, v3('Access Denied'), { url: groups('resultLimit=5&Owner=Acme%20Corp') }), errors: [{ messageId: 'ownerAccess', data: { owner: '"Acme Corp"', parameter: 'Owner' } }], output: null },
    { name: 'access denied in lowercase, OWNER in capitals', subject: failed(403, v2('access denied'), { url: groups('OWNER=Acme') }), errors: [{ messageId: 'ownerAccess', data: { owner: '"Acme"' } }], output: null },

    // The requested owner was not found, in every envelope and case.
    { name: 'owner not found v2 404', subject: failed(404, v2('The requested owner was not found'), { url: groups('owner=Acme%20Crop') }), errors: [{ messageId: 'ownerNotFound', data: { owner: '"Acme Crop"' } }], output: null },
    { name: 'owner not found v2 403', subject: failed(403, v2('The requested owner was not found.'), { url: groups('owner=Acme') }), errors: ['ownerNotFound'], output: null },
    { name: 'owner not found v3 403 0x1003', subject: failed(403, v3('The requested owner was not found', '0x1003'), { url: groups('owner=Acme') }), errors: ['ownerNotFound'], output: null },
    { name: 'owner not found v3 404 0x1004', subject: failed(404, v3('The requested owner was not found', '0x1004'), { url: groups('owner=Acme') }), errors: ['ownerNotFound'], output: null },
    { name: 'owner not found in capitals', subject: failed(404, v2('THE REQUESTED OWNER WAS NOT FOUND'), { url: groups('owner=Acme') }), errors: ['ownerNotFound'], output: null },
    { name: 'owner not found in lowercase', subject: failed(404, v3('the requested owner was not found', '0x1004'), { url: groups('owner=Acme') }), errors: ['ownerNotFound'], output: null },
    { name: 'owner not found, no owner parameter', subject: failed(404, v2('The requested owner was not found'), { url: `${BASE}/v2/batch`, method: 'POST' }), errors: ['ownerNotFoundNoParameter'], output: null },

    // The owner is not URL-encoded.
    { name: 'raw space, token auth: fixed', subject: failed(404, v2('The requested owner was not found'), { url: groups('owner=Common Community&resultLimit=5'), authorization: TOKEN_AUTH }), errors: ['ownerNotFound', { messageId: 'ownerNotEncoded', data: { encoded: '"Common%20Community"' } }], output: { [URL_FIELD]: groups('owner=Common%20Community&resultLimit=5') } },
    { name: 'raw space, signed request: not rewritten', subject: failed(404, v2('The requested owner was not found'), { url: groups('owner=Common Community') }), errors: ['ownerNotFound', 'ownerNotEncoded'], output: null },
    { name: 'raw space with Access Denied', subject: failed(403, v2('Access Denied'), { url: groups('owner=Common Community'), authorization: TOKEN_AUTH }), errors: ['ownerAccess', 'ownerNotEncoded'], output: { [URL_FIELD]: groups('owner=Common%20Community') } },
    { name: 'plus sign: ambiguous', subject: failed(404, v2('The requested owner was not found'), { url: groups('owner=Common+Community'), authorization: TOKEN_AUTH }), errors: ['ownerNotFound', 'ownerAmbiguous'], output: null },
    { name: 'literal percent sign', subject: failed(404, v2('The requested owner was not found'), { url: groups('owner=100% Intel'), authorization: TOKEN_AUTH }), errors: ['ownerNotFound', 'ownerNotEncoded'], output: { [URL_FIELD]: groups('owner=100%25%20Intel') } },
    { name: 'non-ASCII owner', subject: failed(404, v2('The requested owner was not found'), { url: groups('owner=Société Générale'), authorization: TOKEN_AUTH }), errors: [{ messageId: 'ownerNotFound', data: { owner: '"Société Générale"' } }, 'ownerNotEncoded'], output: { [URL_FIELD]: groups('owner=Soci%C3%A9t%C3%A9%20G%C3%A9n%C3%A9rale') } },
    { name: 'escapes that are not UTF-8', subject: failed(404, v2('The requested owner was not found'), { url: groups('owner=%FF%FE'), authorization: TOKEN_AUTH }), errors: ['ownerNotFound', 'ownerAmbiguous'], output: null },
    { name: 'owner in a URL with a fragment', subject: failed(404, v2('The requested owner was not found'), { url: groups('owner=A B#frag'), authorization: TOKEN_AUTH }), errors: ['ownerNotFound', 'ownerNotEncoded'], output: { [URL_FIELD]: groups('owner=A%20B#frag') } },
  ],
});
