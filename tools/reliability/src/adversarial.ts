import { appSubject, exchangeSubject, fieldsOf, indicator, messageSubject, type Subject } from '@tclint/core';

/** One mebibyte of characters. */
export const MB = 1 << 20;

/** `unit` repeated to exactly `length` characters (cut mid-unit when it does not divide). */
export function fill(unit: string, length = MB): string {
  return unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
}

/** A prefix followed by `unit` repeated, `length` characters in all. */
function after(prefix: string, unit: string, length = MB): string {
  return prefix + fill(unit, length - prefix.length);
}

/**
 * 1 MB values meant to trip backtracking regexes and quadratic scanners: long
 * runs of the characters the rules parse (digits, dots, colons, hyphens,
 * brackets, `xn--`, backslashes, `%`, `@`, spaces), near-misses that fail only
 * at the very end, case flipping at every character, and long runs of
 * characters that need Unicode mapping.
 */
export const ADVERSARIAL: Readonly<Record<string, string>> = {
  digits: fill('1'),
  zeros: fill('0'),
  dots: fill('.'),
  colons: fill(':'),
  'double colons': fill('::'),
  hyphens: fill('-'),
  'open brackets': fill('['),
  'close brackets': fill(']'),
  'defanged dots': fill('[.]'),
  'xn--': fill('xn--'),
  'xn-- labels': fill('xn--a.'),
  backslashes: fill('\\'),
  percents: fill('%'),
  'percent escapes': fill('%2'),
  ats: fill('@'),
  spaces: fill(' '),
  'digit dots': fill('1.'),
  'digit colons': fill('1:'),
  'hex groups': fill('ffff:'),
  'letter labels': fill('a.'),
  'hyphen labels': fill('a-'),
  'IPv4 runs': fill('255.255.255.255'),
  'ASN then digits': after('ASN', '1'),
  'AS then digits and junk': `${after('AS', '1', MB - 1)}x`,
  'IPv6 then slash': `${fill('1:', MB - 4)}/128`,
  'prefix digits': after('10.0.0.0/', '0'),
  'URL with long host': after('http://', 'a'),
  'URL with bracket host': after('http://[', ':'),
  'URL with long port': after('http://a:', '1'),
  'URL with long path': after('http://EXAMPLE.com/', '%'),
  'registry backslashes': after('HKLM\\', '\\'),
  'registry root run': fill('HKEY_LOCAL_MACHINE'),
  'summary separators': fill(' : '),
  'sharp esszet': fill('ß'),
  'full-width dots': fill('\uff0e'),
  'control characters': fill('\u0000\u001f'),
  'lone surrogates': fill('\ud800'),
  'near-valid host': `${fill('a.', MB - 4)}-com`,
  'alternating case': fill('aB'),
};

/** A few 1 MB values that are plain text of no particular shape. */
export const LARGE_PLAIN: Readonly<Record<string, string>> = {
  letters: fill('a'),
  words: fill('lorem ipsum '),
  unicode: fill('Österreich日本語\u{1f600}'),
};

/** Realistic values for the fields a 1 MB value is not put in. */
const TYPICAL: Readonly<Record<string, string>> = {
  ip: '10.0.0.1',
  address: 'User@Example.com',
  md5: 'd41d8cd98f00b204e9800998ecf8427e',
  sha1: 'da39a3ee5e6b4b0d3255bfef95601890afd80709',
  sha256: 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
  hostName: 'example.com',
  text: 'http://example.com/',
  'AS Number': 'ASN1',
  Block: '10.0.0.0/8',
  Subject: 'Invoice',
  Hashtag: '#tag',
  Mutex: 'Global\\x',
  'Key Name': 'HKEY_LOCAL_MACHINE\\Software',
  'Value Name': ' ',
  'Value Type': 'REG_SZ',
  'User Agent String': 'Mozilla/5.0',
};

/** Indicators of `type` with `value` in one field at a time, the other fields typical. */
function indicatorsWith(type: string, value: string): Subject[] {
  const fields = fieldsOf(type);
  return fields.map((field) => indicator(type, Object.fromEntries(fields.map((f) => [f, f === field ? value : (TYPICAL[f] ?? 'x')]))));
}

const SECRET = 'abcdefghijklmnopqrstuvwxyz0123456789ABCD';
const SIGNATURE_FAILURE = JSON.stringify({ status: 'Failure', message: 'Signature data did not match expected result' });

/** A failed, HMAC-signed request with one part replaced. */
function failedExchange(part: { url?: string; authorization?: string; timestamp?: string; body?: string; responseBody?: string; date?: string; secretKey?: string; method?: string }): Subject {
  return exchangeSubject({
    request: {
      method: part.method ?? 'POST',
      url: part.url ?? 'https://tc.example/api/v2/indicators/hosts?owner=Common%20Community',
      headers: { Authorization: part.authorization ?? 'TC 12345:ZzVuIUzq/b9sDZwWBddim5oY3RrUKnWHvRhf5LAlOVM=', Timestamp: part.timestamp ?? '1700000000' },
      body: part.body ?? '{"hostName":"example.com"}',
    },
    response: { status: 401, headers: { Date: part.date ?? 'Tue, 14 Nov 2023 22:13:20 GMT' }, body: part.responseBody ?? SIGNATURE_FAILURE },
    secretKey: part.secretKey ?? SECRET,
    localTime: 1_700_000_000_000,
  });
}

/** Subjects of a rule's kind, each carrying `value` in one of the fields the rule may read. */
export function subjectsWith(kind: string, types: readonly string[], value: string): Subject[] {
  switch (kind) {
    case 'indicator':
      return types.flatMap((type) => indicatorsWith(type, value));
    case 'exchange':
      return [
        failedExchange({ url: value }),
        failedExchange({ url: `https://tc.example/api/v2/owners?x=${value}` }),
        failedExchange({ method: value }),
        failedExchange({ authorization: value }),
        failedExchange({ authorization: `TC 1:${value}` }),
        failedExchange({ authorization: `TC-Token ${value}` }),
        failedExchange({ timestamp: value }),
        failedExchange({ body: value }),
        failedExchange({ responseBody: value }),
        ...['Signature data did not match expected result', 'Timestamp out of acceptable time range', 'Access Denied', 'Unauthorized', 'The requested owner was not found'].map((phrase) =>
          failedExchange({ responseBody: `{"status":"Error","errCode":"0x1002","message":"${phrase} ${value}"}` }),
        ),
        failedExchange({ date: value }),
        failedExchange({ secretKey: value }),
      ];
    case 'message':
      return [messageSubject(value), messageSubject(`Signature data did not match expected result ${value}`), messageSubject(`${value}can't find '__main__' module in '.'`)];
    case 'app':
      return [
        ...['__main__.py', 'install.json', 'run.py', 'app.py', 'tcex.json'].map((file) => appSubject('/tmp/app', { 'run.py': 'x', 'app.py': 'x', 'install.json': '{}', [file]: value })),
        appSubject('/tmp/app', { [value.slice(0, 4096)]: 'x', 'install.json': `{"programMain": "${value}"}` }),
      ];
    default:
      throw new Error(`unknown subject kind ${kind}`);
  }
}
