import { createEngine, exchangeSubject, type ExchangeSubject, type Report } from '@tclint/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { plugin, signRequest } from './index.js';
import { exchange } from './rules/exchange.js';
import { ACCESS_ID, b64, digest, failed, header, SECRET, TS, URL, v3Body } from './testing/exchanges.js';

const engine = createEngine({ config: [plugin.configs.recommended] });
const PATH = '/api/v2/indicators/hosts/example.com?owner=Common%20Community';

/** The rule's own reports, before the engine's redaction. */
function rawReports(subject: ExchangeSubject): Report[] {
  const reports: Report[] = [];
  exchange.check(subject, { id: 'signature/exchange', options: undefined, settings: {}, report: (r) => reports.push(r), analyze: (analysis, input) => analysis.analyze(input) });
  return reports;
}

describe('signature/exchange evidence', () => {
  it('states the response, what the client signed and what ThreatConnect verifies', () => {
    const subject = failed({ status: 403, body: v3Body(), authorization: header(b64(`/v2/indicators/hosts/example.com?owner=Common%20Community:GET:${TS}`)), timestamp: TS, secretKey: SECRET });
    const [m] = engine.check(subject).messages;
    expect(m?.messageId).toBe('missingApiPrefix');
    expect(m?.classId).toBe('signature');
    expect(m?.evidence).toEqual([
      'ThreatConnect answered HTTP 403 (v3 error 0x1002): "Signature data did not match expected result"',
      `The client's signature equals HMAC-SHA256 over "/v2/indicators/hosts/example.com?owner=Common%20Community:GET:${TS}" with the supplied secret key`,
      `ThreatConnect verifies HMAC-SHA256 over "${PATH}:GET:${TS}": the path and query as sent, the uppercase method and the Timestamp header`,
      `Signed correctly with the supplied secret key: "${signRequest({ method: 'GET', url: URL, accessId: ACCESS_ID, secretKey: SECRET, timestamp: TS }).Authorization}"`,
    ]);
    expect(m?.remedies?.[0]).toMatch(/including the \/api prefix/);
  });

  it('reports the delta of another signed timestamp, both ways', () => {
    for (const delta of [-900, -1, 1, 900]) {
      const subject = failed({ authorization: header(b64(`${PATH}:GET:${Number(TS) + delta}`)), timestamp: TS, secretKey: SECRET });
      const [m] = engine.check(subject).messages;
      expect(m?.messageId).toBe('timestampDiffers');
      expect(m?.message).toContain(`${Math.abs(delta)} s ${delta < 0 ? 'earlier' : 'later'} than the header`);
    }
  });

  it('searches a bounded window: 901 s off is not found, so the key is blamed', () => {
    const subject = failed({ authorization: header(b64(`${PATH}:GET:${Number(TS) + 901}`)), timestamp: TS, secretKey: SECRET });
    expect(engine.check(subject).messages.map((m) => m.messageId)).toEqual(['wrongSecretKey']);
  });

  it('finds a millisecond timestamp anywhere in the second of the header (and the one after)', () => {
    for (const ms of ['000', '999']) {
      const subject = failed({ authorization: header(b64(`${PATH}:GET:${TS}${ms}`)), timestamp: TS, secretKey: SECRET });
      expect(engine.check(subject).messages[0]?.data).toMatchObject({ signedTimestamp: `${TS}${ms}` });
    }
    const next = failed({ authorization: header(b64(`${PATH}:GET:${Number(TS) + 1}500`)), timestamp: TS, secretKey: SECRET });
    expect(engine.check(next).messages[0]?.messageId).toBe('timestampMilliseconds');
  });

  it('uses a supplied secret key trimmed, and says so', () => {
    const [m] = engine.check(failed({ authorization: header(b64(`${PATH}:GET:${TS}`)), timestamp: TS, secretKey: `${SECRET}\n` })).messages;
    expect(m?.messageId).toBe('signedCorrectly');
    expect(m?.evidence).toContain('The supplied secret key has a trailing newline; tclint signs with it trimmed');
  });

  it('without the key, points at the missing key and does not guess a fix', () => {
    const [m] = engine.check(failed({ authorization: header(b64(`${PATH}:GET:${TS}`)), timestamp: TS })).messages;
    expect(m?.messageId).toBe('unverified');
    expect(m?.fix).toBeUndefined();
    expect(m?.remedies?.[0]).toMatch(/Supply the secret key/);
  });
});

describe('signature/exchange names the mistake a buggy client made', () => {
  const mistakes: Record<string, (c: Case) => { signed: string; key?: string }> = {
    missingApiPrefix: (c: Case) => ({ signed: `${c.path.slice(4)}${c.query}:${c.method}:${c.ts}` }),
    lowercaseMethod: (c: Case) => ({ signed: `${c.path}${c.query}:${c.method.toLowerCase()}:${c.ts}` }),
    fullUrlSigned: (c: Case) => ({ signed: `https://tc.example${c.path}${c.query}:${c.method}:${c.ts}` }),
    timestampMilliseconds: (c: Case) => ({ signed: `${c.path}${c.query}:${c.method}:${c.ts}${String(c.n % 1000).padStart(3, '0')}` }),
    timestampDiffers: (c: Case) => ({ signed: `${c.path}${c.query}:${c.method}:${Number(c.ts) + ((c.n % 900) + 1) * (c.n % 2 ? 1 : -1)}` }),
    secretKeyWhitespace: (c: Case) => ({ signed: `${c.path}${c.query}:${c.method}:${c.ts}`, key: `${c.key}\n` }),
  };
  interface Case {
    key: string;
    path: string;
    query: string;
    method: string;
    ts: string;
    n: number;
  }
  const arbitraryCase = fc.record({
    key: fc.string({ unit: fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'), minLength: 20, maxLength: 60 }),
    path: fc.array(fc.stringMatching(/^[a-z0-9%.-]{1,12}$/), { minLength: 1, maxLength: 4 }).map((parts) => `/api/${parts.join('/')}`),
    query: fc.option(fc.stringMatching(/^[a-z]{1,5}=[A-Za-z0-9%]{0,10}$/), { nil: undefined }).map((q) => (q === undefined ? '' : `?${q}`)),
    method: fc.constantFrom('GET', 'POST', 'PUT', 'DELETE'),
    ts: fc.integer({ min: 1_000_000_000, max: 2_000_000_000 }).map(String),
    n: fc.nat(),
  });

  it('for random requests and keys, the diagnosis names the mistake and the fix is signRequest\'s header', () => {
    fc.assert(
      fc.property(arbitraryCase, fc.constantFrom(...Object.keys(mistakes)), (c, mistake) => {
        const { signed, key = c.key } = mistakes[mistake]!(c);
        const url = `https://tc.example${c.path}${c.query}`;
        const subject = failed({ url, method: c.method, authorization: header(b64(signed, key)), timestamp: c.ts, secretKey: c.key });
        const [m, ...rest] = engine.check(subject).messages;
        expect(rest).toEqual([]);
        expect(m?.messageId).toBe(mistake);
        expect(m?.fix).toEqual({ field: 'request.headers.Authorization', value: signRequest({ method: c.method, url, accessId: ACCESS_ID, secretKey: c.key, timestamp: c.ts }).Authorization });
      }),
      { numRuns: 40 },
    );
  });
});

describe('the secret key is never echoed', () => {
  const KEY = 'S3cr3tKeyValue0123456789abcdefghijklmnopQ';
  const signedWith = (signed: string, key = KEY) => b64(signed, key);
  const cases: ExchangeSubject[] = [
    failed({ authorization: header(signedWith(`${PATH}:GET:${TS}`)), timestamp: TS, secretKey: KEY }),
    failed({ authorization: header(signedWith(`/v2/indicators/hosts/example.com?owner=Common%20Community:GET:${TS}`)), timestamp: TS, secretKey: KEY }),
    failed({ authorization: header(signedWith(`${PATH}:GET:${TS}`, `${KEY}\n`)), timestamp: TS, secretKey: KEY }),
    failed({ authorization: header(signedWith(`${PATH}:GET:${TS}`)), timestamp: TS, secretKey: `${KEY}\n` }),
    failed({ authorization: header(signedWith(`${PATH}:GET:${TS}`, 'another-key-entirely-0000000000')), timestamp: TS, secretKey: KEY }),
    failed({ authorization: header(KEY), timestamp: TS, secretKey: KEY }),
    failed({ authorization: header(`b'${KEY}'`), timestamp: TS, secretKey: KEY }),
    failed({ authorization: `TC ${KEY}:${KEY}`, timestamp: TS, secretKey: KEY }),
    failed({ authorization: `Bearer ${KEY}`, timestamp: TS, secretKey: KEY }),
    failed({ url: `/api/v2/owners?secret=${KEY}`, authorization: header(digest(`/api/v2/owners?secret=${KEY}:GET:${TS}`, KEY).toString('hex')), timestamp: TS, secretKey: KEY }),
    failed({ url: `/api/v2/owners?secret=${KEY}`, authorization: header(signedWith(`/v2/owners?secret=${KEY}:GET:${TS}`)), timestamp: TS, secretKey: KEY }),
    failed({ authorization: header(signedWith(`${PATH}:GET:${TS}`)), secretKey: KEY, localTime: Number(TS) * 1000 }),
    failed({ timestamp: KEY, authorization: header(signedWith(`${PATH}:GET:${KEY}`)), secretKey: KEY }),
    failed({ body: JSON.stringify({ status: 'Failure', message: `Signature data did not match expected result for ${KEY}` }), authorization: header('x'), timestamp: TS, secretKey: KEY }),
  ];

  it.each(cases.map((subject, i) => [i, subject] as const))('case %i: no message, data, evidence, remedy or fix contains it', (_i, subject) => {
    const texts = (reports: readonly { message?: string; data?: unknown; evidence?: readonly string[]; remedies?: readonly string[]; fix?: unknown }[]) =>
      reports.flatMap((r) => [r.message ?? '', JSON.stringify(r.data ?? {}), ...(r.evidence ?? []), ...(r.remedies ?? []), JSON.stringify(r.fix ?? null)]);
    const raw = rawReports(subject);
    expect(raw.length).toBeGreaterThan(0);
    const linted = engine.fix(subject);
    // `changes[].from` and the output subject repeat the request as given, which may itself hold the key.
    for (const text of [...texts(raw), ...texts(linted.messages), ...linted.changes.map((c) => c.to)]) {
      expect(text).not.toContain(KEY);
    }
  });

  it('the exchange subject itself does not serialize the key', () => {
    const subject = exchangeSubject({ request: { method: 'GET', url: URL, headers: {} }, secretKey: KEY });
    expect(JSON.stringify(subject)).not.toContain(KEY);
  });
});
