import { createEngine, messageSubject } from '@tclint/core';
import { describe, expect, it } from 'vitest';
import { plugin } from './index.js';
import { ACCESS_ID, BASE, failed, HMAC, SIGNATURE, TOKEN, v2, v3 } from './testing/exchanges.js';

const engine = createEngine({ config: [plugin.configs.recommended] });

describe('diagnoses carry class, evidence and remedies', () => {
  it('every message has the class id and the docs URL of its rule', () => {
    const result = engine.check(failed(403, v2('Access Denied'), { url: `${BASE}/v2/groups?owner=Acme`, authorization: `tc ${ACCESS_ID}:${SIGNATURE}` }));
    expect(result.messages.map((m) => m.ruleId)).toEqual(['access-denied/authorization', 'access-denied/owner']);
    for (const m of result.messages) {
      expect(m.classId).toBe('access-denied');
      expect(m.docsUrl).toBe(`https://github.com/tclint/tclint/tree/main/packages/errors/access-denied#${m.ruleId.replace('/', '')}`);
      expect(m.evidence?.[0]).toBe('HTTP 403, v2 body: "Access Denied"');
      expect(m.remedies?.length).toBeGreaterThan(0);
    }
  });

  it('names the Access ID it could not verify, and the host', () => {
    const [m] = engine.check(failed(401, v3('Access Denied'))).messages;
    expect(m?.evidence).toEqual([
      'HTTP 401, v3 body (errCode 0x1002): "Access Denied"',
      'Authorization header has the form "TC <accessId>:<signature>": 65 characters in 2 colon-separated parts',
      `Access ID ${ACCESS_ID}: 20 characters, all digits`,
    ]);
    expect(m?.remedies?.[0]).toBe(`Check in API User Administration that Access ID ${ACCESS_ID} exists on this instance (tc.example.com) and that its API user is active, not locked or disabled`);
  });

  it('lists every problem of a malformed header as evidence', () => {
    const [m] = engine.check(failed(401, v2('Access Denied'), { authorization: `tc  ${ACCESS_ID}:b'${SIGNATURE}'` })).messages;
    expect(m?.evidence?.slice(2)).toEqual([
      'the scheme is followed by 2 whitespace characters (space) instead of one space',
      'the scheme is written "tc" instead of "TC"',
      "the signature is wrapped in b'…' (a Python 3 bytes value printed with str())",
    ]);
    expect(m?.fix).toEqual({ field: 'request.headers.Authorization', value: HMAC });
  });

  it('shows the owner decoded and the parameter as sent', () => {
    const [m] = engine.check(failed(404, v2('The requested owner was not found'), { url: `${BASE}/v2/groups?owner=Acme%20Crop` })).messages;
    expect(m?.message).toBe('ThreatConnect found no owner named "Acme Crop": check its spelling and letter case, and URL-encode it');
    expect(m?.evidence?.[1]).toBe('The request names owner "Acme Crop" in its owner parameter (as sent: "owner=Acme%20Crop")');
  });

  it('asks for a new signature instead of rewriting a signed URL', () => {
    const messages = engine.check(failed(404, v2('The requested owner was not found'), { url: `${BASE}/v2/groups?owner=Acme Corp` })).messages;
    const encoding = messages.find((m) => m.messageId === 'ownerNotEncoded');
    expect(encoding?.fix).toBeUndefined();
    expect(encoding?.remedies).toContain('The signature covers the query string: sign the encoded path and query again after encoding the owner (tclint does not rewrite a signed URL)');
  });

  it('counts repeated owner parameters', () => {
    const [m] = engine.check(failed(403, v2('Access Denied'), { url: `${BASE}/v2/groups?owner=A&owner=B`, authorization: `TC-Token ${TOKEN}` })).messages.filter((x) => x.ruleId === 'access-denied/owner');
    expect(m?.evidence).toContain('The URL has 2 owner parameters; this is the first');
  });

  it('notes a not-licensed message on an unusual status', () => {
    const [m] = engine.check(failed(401, v2('API access has not been licensed for this system'))).messages;
    expect(m?.evidence).toContain('ThreatConnect usually answers this with HTTP 503; this response is 401');
  });

  it('finds the line and the owner of an error inside a log', () => {
    const log = 'GET https://tc.example.com/api/v2/groups?owner=Acme%20Crop HTTP/1.1\n404 The requested owner was not found';
    const [m] = engine.check(messageSubject(log)).messages;
    expect(m?.evidence).toEqual(['"The requested owner was not found" found on line 2', 'The log names owner "Acme Crop" in a request URL']);
    expect(m?.remedies?.[0]).toBe('Check the spelling, spaces and letter case of "Acme Crop": ThreatConnect matches owner names exactly');
  });
});
