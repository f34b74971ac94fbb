import fc from 'fast-check';
import { hostName } from './host-names.js';

/** A URL generated from known parts, so the host's place in it is known without parsing it. */
export interface UrlParts {
  /** Everything before the host: scheme, `://`, userinfo and `@`. */
  before: string;
  host: string;
  /** Everything after the host: port, path, query, fragment. */
  after: string;
}

const HOST_STOPS = /[/?#@:\\\s%[\]]/u;

/** Host names that stay one host when put in a URL: none of the characters that end or split an authority. */
const urlHost = fc.oneof(
  { arbitrary: hostName.filter((h) => !HOST_STOPS.test(h) && h !== ''), weight: 8 },
  { arbitrary: fc.constantFrom('[2001:DB8::1]', '[::1]', '[2001:db8:0:0:0:0:0:1]', '10.0.0.1', '127.0.0.1'), weight: 1 },
);

const schemes = fc.constantFrom('http', 'https', 'ftp', 'ws', 'wss', 'hxxp', 'git+ssh', 'foo');
const userinfo = fc.constantFrom('', '', '', 'user@', 'User:Pa%20ss@', 'ÄDMIN@', 'a:b:c@', ':@');
const port = fc.constantFrom('', '', '', ':80', ':443', ':0080', ':', ':8080', ':65535');

/** Path, query and fragment: anything the rules must keep byte for byte, in case, encoding and dot segments. */
const tailChar = fc.oneof(
  { arbitrary: fc.constantFrom(...'abcXYZ019-._~!$&\'()*+,;=:@/?#%', '%2F', '%2e', '%C3%A9', '..', './', 'A.B', '\\', 'É', 'ß', '日本', '\u{1f600}', '\u0000', '\u007f', ' ', '\t'), weight: 6 },
  { arbitrary: fc.string({ unit: 'binary', maxLength: 3 }), weight: 1 },
);
const tail = fc
  .tuple(fc.constantFrom('', '/', '?', '#', '/', '/'), fc.array(tailChar, { maxLength: 12 }))
  .map(([start, parts]) => (start === '' ? '' : start + parts.join('')))
  // surrounding whitespace is trimmed by url/whitespace, a change the rules may make anywhere: keep the ends non-blank
  .map((t) => (/\s$/u.test(t) ? `${t}x` : t));

export const urlParts: fc.Arbitrary<UrlParts> = fc.tuple(schemes, userinfo, urlHost, port, tail).map(([scheme, user, host, p, rest]) => ({
  before: `${scheme}://${user}`,
  host,
  after: `${p}${rest}`,
}));
