import { appSubject, exchangeSubject, fieldsOf, indicator, messageSubject, type Subject } from '@tclint/core';
import fc from 'fast-check';

const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c));
const control = fc.oneof(fc.integer({ min: 0, max: 0x1f }), fc.integer({ min: 0x7f, max: 0x9f })).map((c) => String.fromCharCode(c));
const special = fc.constantFrom('\u200b', '\u200c', '\u200d', '\u00ad', '\u202e', '\u2028', '\ufeff', '\ufffd', '\uff0e', '\u3002', '\u0301', 'ß', 'ς', 'İ', 'ı', 'ǅ', 'Ⅸ', '\u{1f600}', '\u{10ffff}');

/**
 * Fragments the rules' scanners look for: prefixes, separators, defanging,
 * percent escapes, registry roots, error phrases. Joined with arbitrary
 * characters they make values that reach deep into the rules instead of
 * failing at the first character.
 */
const TOKENS = [
  'ASN', 'asn', 'AS', 'AS ', '65535', '4294967296', '12345', '0', '00', '.', '..', ':', '::', '/', '/48', '/32', '/128', '/08', '%', '%eth0', '%25',
  'ffff', '0DB8', '2001:db8::', '::ffff:1.2.3.4', '10.0.0.1', '255.255.255.0', '0x0a', '[', ']', '[.]', '(.)', '[dot]', '[:]', '[://]', '[@]', '(at)',
  'hxxp://', 'hXXps://', 'http://', 'HTTPS://', 'ftp://', '//', '@', 'user:pw@', ':80', ':0', ':99999', '?', '#', '=', '&', '+', '%20', '%2F', '%C3%A9',
  'xn--', 'xn--fa-hia', 'xn--zz', 'XN--', '-', '--', '_', '_dmarc', 'EXAMPLE', 'example', 'com', 'münchen', 'faß', 'ÖSTERREICH', '例え', 'שלום', 'عربي',
  '\\', 'HKLM\\', 'HKLM:\\', 'hkcu\\', '\\REGISTRY\\MACHINE\\', 'HKEY_LOCAL_MACHINE', 'HKEY_DYN_DATA', 'REG_SZ', 'reg_dword', 'REG_RESOURCE_LIST',
  ' ', '  ', '\t', '\n', '\r\n', '#', '#tag', 'Mozilla/5.0 (X11)', 'Global\\', ' : ', 'a'.repeat(64), '1'.repeat(40), 'AB:CD:EF', 'd41d8cd98f00b204e9800998ecf8427e',
  'Signature data did not match expected result', 'Timestamp out of acceptable time range', 'Access Denied', 'Unauthorized', 'Invalid timestamp',
  "can't find '__main__' module in '.'", 'The requested owner was not found', 'TC ', 'TC-Token ', 'APIV2:430:c8mTcH:1234567890123:7mbiy0=', "b'", '==',
] as const;

/** Any UTF-16 code unit: controls, lone surrogates, unassigned and private-use code points included. */
const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c));

/** One piece of a generated value. */
const piece = fc.oneof(
  { arbitrary: fc.constantFrom(...TOKENS), weight: 6 },
  { arbitrary: fc.string({ unit: 'binary', maxLength: 6 }), weight: 2 },
  { arbitrary: fc.string({ unit: 'grapheme', maxLength: 4 }), weight: 1 },
  { arbitrary: codeUnit, weight: 1 },
  { arbitrary: loneSurrogate, weight: 1 },
  { arbitrary: control, weight: 1 },
  { arbitrary: special, weight: 1 },
);

/** Strings built of tokens and arbitrary text: Unicode, control characters, lone surrogates. */
export const hostileString: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: fc.array(piece, { maxLength: 14 }).map((parts) => parts.join('')), weight: 4 },
  { arbitrary: fc.string({ unit: fc.oneof(codeUnit, loneSurrogate, control, special), maxLength: 40 }), weight: 1 },
  { arbitrary: fc.string({ unit: 'binary', maxLength: 40 }), weight: 1 },
);

/** Field values of an indicator: each field absent, empty or a hostile string. */
export function indicatorOf(type: string): fc.Arbitrary<Subject> {
  const fields = fieldsOf(type);
  const value = fc.option(fc.oneof({ arbitrary: hostileString, weight: 9 }, { arbitrary: fc.constant(''), weight: 1 }), { nil: undefined, freq: 6 });
  return fc.tuple(...fields.map(() => value)).map((vals) => {
    const values: Record<string, string> = {};
    fields.forEach((f, i) => {
      if (vals[i] !== undefined) values[f] = vals[i]!;
    });
    return indicator(type, values);
  });
}

const ERROR_MESSAGES = [
  'Signature data did not match expected result',
  'Timestamp out of acceptable time range',
  'Invalid timestamp',
  'Access Denied',
  'Unauthorized',
  'The Job associated with this token is either invalid or does not exist.',
  'The requested owner was not found',
  'API access has not been licensed for this system',
];

const casing = (s: string) => fc.constantFrom(s, s.toLowerCase(), s.toUpperCase());
const errorMessage = fc.constantFrom(...ERROR_MESSAGES).chain(casing);
const responseBody = fc.oneof(
  errorMessage.map((message) => JSON.stringify({ status: 'Failure', message })),
  fc.tuple(errorMessage, fc.constantFrom('0x1001', '0x1002', '0x1003', '0x2005')).map(([message, errCode]) => JSON.stringify({ status: 'Error', errCode, message })),
  hostileString.map((message) => JSON.stringify({ status: 'Failure', message })),
  hostileString,
  fc.constant('{"status":"Error","message":'),
);
const epochSeconds = fc.integer({ min: 1_000_000_000, max: 2_000_000_000 });
const authorization = fc.oneof(
  fc.tuple(fc.stringMatching(/^\d{1,20}$/), fc.base64String({ maxLength: 44 })).map(([id, sig]) => `TC ${id}:${sig}`),
  fc.constantFrom('TC-Token APIV2:430:c8mTcH:1234567890123:7mbiy0=', 'TC ', 'TC :', 'tc 1:abc', "TC 1:b'QUJD'", 'Bearer x'),
  hostileString,
);
const timestampHeader = fc.oneof(epochSeconds.map(String), epochSeconds.map((s) => String(s * 1000)), hostileString);
const url = fc.oneof(
  fc.constantFrom('https://tc.example/api/v2/owners', 'https://tc.example/api/v2/indicators/hosts/example.com?owner=Common%20Community', '/v3/indicators', '/api/v2/indicators/asns?owner=Restricted+Source'),
  fc.tuple(fc.constantFrom('https://tc.example', '', '/api'), hostileString).map(([a, b]) => a + b),
);
const optional = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
const headerName = fc.constantFrom('Authorization', 'authorization', 'Timestamp', 'TIMESTAMP', 'Date', 'Content-Type', 'X-Other');

/** Failed (or not) ThreatConnect exchanges: near-real headers and bodies mixed with hostile strings. */
export const exchange: fc.Arbitrary<Subject> = fc
  .record({
    method: fc.oneof(fc.constantFrom('GET', 'POST', 'get', 'PUT', 'DELETE'), hostileString),
    url,
    authorization: optional(authorization),
    timestamp: optional(timestampHeader),
    extra: fc.dictionary(headerName, hostileString, { maxKeys: 2 }),
    body: optional(fc.oneof(hostileString, fc.constant('{"type":"Host","hostName":"EXAMPLE.com"}'), fc.constant('{"indicator":[{"type":"ASN","summary":"AS 1"}]}'))),
    response: optional(
      fc.record({
        status: fc.oneof(fc.constantFrom(400, 401, 403, 404, 500, 503, 200), fc.integer({ min: -1, max: 999 })),
        date: optional(fc.oneof(epochSeconds.map((s) => new Date(s * 1000).toUTCString()), hostileString)),
        body: optional(responseBody),
      }),
    ),
    secretKey: optional(fc.oneof(fc.constant('abcdefghijklmnopqrstuvwxyz0123456789ABCD'), hostileString)),
    localTime: optional(fc.oneof(epochSeconds.map((s) => s * 1000), fc.constantFrom(NaN, Infinity, -1, 0))),
    tokenExpires: optional(fc.oneof(epochSeconds, fc.constantFrom(NaN, -1, 0))),
    tokenIssued: optional(epochSeconds),
  })
  .map((r) => {
    const headers: Record<string, string> = { ...r.extra };
    if (r.authorization !== undefined) headers.Authorization = r.authorization;
    if (r.timestamp !== undefined) headers.Timestamp = r.timestamp;
    const responseHeaders: Record<string, string> = {};
    if (r.response?.date !== undefined) responseHeaders.Date = r.response.date;
    return exchangeSubject({
      request: { method: r.method, url: r.url, headers, ...(r.body !== undefined && { body: r.body }) },
      ...(r.response && { response: { status: r.response.status, headers: responseHeaders, ...(r.response.body !== undefined && { body: r.response.body }) } }),
      ...(r.secretKey !== undefined && { secretKey: r.secretKey }),
      ...(r.localTime !== undefined && { localTime: r.localTime }),
      ...(r.tokenExpires !== undefined && { tokenExpires: r.tokenExpires }),
      ...(r.tokenIssued !== undefined && { tokenIssued: r.tokenIssued }),
    });
  });

/** Error texts and log excerpts. */
export const message: fc.Arbitrary<Subject> = fc
  .tuple(hostileString, fc.option(fc.oneof(errorMessage, fc.constantFrom("can't find '__main__' module in '.'", "can't find '__main__' module in '/abs/app'")), { nil: undefined }), hostileString)
  .map(([before, phrase, after]) => messageSubject(phrase === undefined ? before : `${before}${phrase}${after}`));

const APP_FILES = ['__main__.py', 'run.py', 'app.py', 'install.json', 'tcex.json', 'requirements.txt', 'README.md', 'args.py', 'app_inputs.py', 'lib/x.py'];
const fileContent = fc.oneof(
  hostileString,
  fc.constant('from run import run\n\nrun()\n'),
  fc.constant('{"programMain": "run", "programLanguage": "PYTHON", "programVersion": "1.0.0", "runtimeLevel": "Playbook", "displayName": "x", "appId": "1"}'),
  fc.record({ programMain: fc.oneof(fc.constant('run'), hostileString), displayName: hostileString }, { requiredKeys: [] }).map((o) => JSON.stringify(o)),
  fc.constant('{"programMain": '),
);

/** TcEx app directories: any subset of the usual files, with hostile contents. */
export const app: fc.Arbitrary<Subject> = fc
  .dictionary(fc.oneof({ arbitrary: fc.constantFrom(...APP_FILES), weight: 5 }, { arbitrary: hostileString, weight: 1 }), fileContent, { maxKeys: 8 })
  .map((files) => appSubject('/tmp/app', files));

/** Subjects of a rule's kind (and, for indicator rules, of one of its types). */
export function subjectsFor(kind: string, types: readonly string[]): fc.Arbitrary<Subject> {
  switch (kind) {
    case 'indicator':
      return fc.oneof(...types.map(indicatorOf));
    case 'exchange':
      return exchange;
    case 'message':
      return message;
    case 'app':
      return app;
    default:
      throw new Error(`unknown subject kind ${kind}`);
  }
}
