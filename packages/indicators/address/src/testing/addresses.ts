// Generators of Address values for the tests (not part of the published bundle).
import fc from 'fast-check';

const octet = fc.integer({ min: 0, max: 255 });
export const ipv4 = fc.tuple(octet, octet, octet, octet).map((o) => o.join('.'));
export const groups = fc.array(fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 0xffff })), { minLength: 8, maxLength: 8 });
/** ThreatConnect's form, written by the test itself: lowercase hex, no leading zeros, all eight groups. */
export const tcForm = (g: number[]) => g.map((n) => n.toString(16)).join(':');

/** Any standard spelling of eight groups: padded, upper case, the longest zero run compressed. */
export const ipv6Spelling = fc.record({ g: groups, pad: fc.boolean(), upper: fc.boolean(), compress: fc.boolean() }).map(({ g, pad, upper, compress }) => {
  let parts = g.map((n) => (pad ? n.toString(16).padStart(4, '0') : n.toString(16)));
  if (upper) parts = parts.map((p) => p.toUpperCase());
  let text = parts.join(':');
  if (compress) {
    let best = [-1, 0];
    for (let i = 0; i < 8; i++) {
      let j = i;
      while (j < 8 && g[j] === 0) j++;
      if (j - i > best[1]!) best = [i, j - i];
    }
    if (best[1]! > 0) text = `${parts.slice(0, best[0]).join(':')}::${parts.slice(best[0]! + best[1]!).join(':')}`;
  }
  return { text, expected: tcForm(g) };
});

/** An address with what may surround it: whitespace, brackets, a zone id, a /32 or /128. */
export const spelled = fc.record({
  v6: fc.boolean(),
  v4: ipv4,
  s6: ipv6Spelling,
  brackets: fc.boolean(),
  zone: fc.constantFrom('', '%eth0', '%25', '%en0'),
  single: fc.boolean(),
  around: fc.constantFrom('', ' ', '\t', '\n', '\u00a0'),
});

export const noise = fc.oneof(
  fc.string({ unit: 'binary' }),
  fc.string({ unit: 'grapheme' }),
  fc.string({ unit: fc.constantFrom('0', '1', '9', 'a', 'F', 'x', '.', ':', '::', '/', '%', '[', ']', ' ', '\t', '-', '\ud800', '\u00a0', '３') }),
  fc.tuple(ipv4, fc.string()).map(([a, b]) => a + b),
  fc.tuple(fc.string(), ipv6Spelling).map(([a, b]) => a + b.text),
);

const LINE_ENDINGS = ['\n', '\r\n', '\r', '\u0085', '\u2028', '\u2029'];
const ODD_SPACES = [' ', '\t', '\u00a0', '\u3000', '\ufeff', '\u200b', '\u0085'];

/** One change that may or may not matter to ThreatConnect's Address pattern. */
export const trickyAddress: fc.Arbitrary<string> = fc
  .tuple(fc.oneof(ipv4, ipv6Spelling.map((s) => s.text), groups.map(tcForm)), fc.nat(15), fc.nat(), fc.nat())
  .map(([address, kind, a, b]) => {
    const at = a % (address.length + 1);
    switch (kind) {
      case 0:
        return address.toUpperCase();
      case 1:
        return address + LINE_ENDINGS[a % LINE_ENDINGS.length]!;
      case 2:
        return ODD_SPACES[a % ODD_SPACES.length]! + address + (b % 2 ? ODD_SPACES[b % ODD_SPACES.length]! : '');
      case 3:
        return address.slice(0, at) + '\ud800' + address.slice(at);
      case 4:
        return address.replace(/\d/, (d) => String.fromCharCode(0xff10 + Number(d)));
      case 5:
        return address.replaceAll('.', '[.]');
      case 6:
        return `${address}%${['eth0', '25', '', 'é'][a % 4]}`;
      case 7:
        return `${address}${[':80', ':', ':0', ':65536'][a % 4]}`;
      case 8:
        return `${address}/${['32', '128', '8', '032', '', 'x'][a % 6]}`;
      case 9:
        return `[${address}]${b % 2 ? ':443' : ''}`;
      case 10:
        // a leading zero or two on one part
        return address.replace(/(^|[.:])(\d)/, (_, sep: string, digit: string) => `${sep}${'0'.repeat(1 + (b % 2))}${digit}`);
      case 11:
        return `${address.split(':').slice(0, 4).join(':')}::${['5:6:7:8', '5:6:7', '1:2:3:4:5:6:7', 'a.b'][a % 4]}`;
      case 12:
        return `${address.split(':').slice(0, 6).join(':')}:${b % 256}.${a % 300}.0.1`;
      case 13:
        return `${address}.${b % 300}`;
      case 14:
        return address.slice(0, at) + address.slice(at + 1);
      default:
        return address.slice(0, at) + ':' + address.slice(at);
    }
  });
