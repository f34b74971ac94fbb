import { createEngine, messageSubject } from '@tclint/core';
import { describe, expect, it } from 'vitest';
import { plugin } from './index.js';
import { BASE, DATE, failed, NOW, v2, v3 } from './testing/exchanges.js';

const engine = createEngine({ config: [plugin.configs.recommended] });
const HOUR = 3600;

describe('diagnoses carry class, evidence and remedies', () => {
  it('every message has the class id and the docs URL of its rule', () => {
    const messages = [
      ...engine.check(failed(401, v2('Unauthorized'), { authorization: 'TC-Token "x"', tokenExpires: NOW - 1 })).messages,
      ...engine.check(failed(400, v2('The Job associated with this token is either invalid or does not exist.'))).messages,
      ...engine.check(messageSubject('401 Unauthorized')).messages,
    ];
    expect(messages.map((m) => m.ruleId)).toEqual(['unauthorized/token', 'unauthorized/expiry', 'unauthorized/renewal', 'unauthorized/message']);
    for (const m of messages) {
      expect(m.classId).toBe('unauthorized');
      expect(m.docsUrl).toBe(`https://github.com/tclint/tclint/tree/main/packages/errors/unauthorized#${m.ruleId.replace('/', '')}`);
      expect(m.remedies?.length).toBeGreaterThan(0);
    }
  });

  it('measures an expired token against the server clock', () => {
    const [m] = engine.check(failed(401, v3('Unauthorized'), { tokenExpires: NOW - 2 * HOUR - 61, tokenIssued: NOW - 6 * HOUR })).messages;
    expect(m?.message).toBe('Unauthorized: the API token expired at 2023-11-14T20:12:19Z, 2 h 1 min before the request');
    expect(m?.evidence).toEqual([
      'HTTP 401, v3 body (errCode 0x1002): "Unauthorized"',
      'The request authenticates with an API token of 69 characters in 5 colon-separated parts',
      `The token expired at 2023-11-14T20:12:19Z (tokenExpires ${NOW - 2 * HOUR - 61}), 2 h 1 min before the server time in the response Date header (${DATE})`,
      `The token was issued at 2023-11-14T16:13:20Z, 6 h before the server time in the response Date header (${DATE}): beyond the 4-hour lifetime of a job token`,
    ]);
  });

  it('uses the local clock without a Date header, and says so', () => {
    const [m] = engine.check(failed(401, v2('Unauthorized'), { date: null, localTime: NOW * 1000 + 999, tokenIssued: NOW - 4 * HOUR - 30 * 60 })).messages;
    expect(m?.messageId).toBe('jobTokenTooOld');
    expect(m?.evidence?.[2]).toBe(`The token was issued at 2023-11-14T17:43:20Z (tokenIssued ${NOW - 4.5 * HOUR}), 4 h 30 min before the local time when the request was sent (localTime): 30 min past the 4-hour lifetime of a job token`);
  });

  it('notes expiry times given in milliseconds', () => {
    const [m] = engine.check(failed(401, v2('Unauthorized'), { tokenExpires: (NOW + HOUR) * 1000 })).messages;
    expect(m?.messageId).toBe('tokenRegenerated');
    expect(m?.evidence).toContain(`tokenExpires ${(NOW + HOUR) * 1000} looks like milliseconds; read as ${NOW + HOUR} s (2023-11-14T23:13:20Z)`);
    expect(m?.remedies?.[0]).toBe('Copy the current token from API User Administration: regenerating an API token makes the previous one stop working at once');
  });

  it('ignores expiry times that are not epoch times', () => {
    const [m] = engine.check(failed(401, v2('Unauthorized'), { tokenExpires: -5 })).messages;
    expect(m?.messageId).toBe('tokenExpiredOrRegenerated');
    expect(m?.evidence).toContain('tokenExpires -5 is not an epoch time; it was ignored');
  });

  it('says that an empty 401 with a token is the Unauthorized class', () => {
    const [m] = engine.check(failed(401, '', { tokenExpires: NOW - 10 })).messages;
    expect(m?.evidence?.[0]).toBe('HTTP 401, body with no message');
  });

  it('recognizes a renewal request without showing its query', () => {
    const [m] = engine.check(failed(401, v2('The Job associated with this token is either invalid or does not exist.'), { url: `${BASE}/appAuth?expiredToken=abc`, tokenIssued: NOW - 5 * HOUR })).messages;
    expect(m?.evidence).toEqual([
      'HTTP 401, v2 body: "The Job associated with this token is either invalid or does not exist."',
      'The request was a token renewal (GET …/appAuth)',
      `The token was issued at 2023-11-14T17:13:20Z, 5 h before the server time in the response Date header (${DATE})`,
    ]);
  });
});
