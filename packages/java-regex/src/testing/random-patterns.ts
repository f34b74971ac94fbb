import fc from 'fast-check';

/** Characters that tell Java and JavaScript apart, for random patterns and inputs. */
export const ALPHABET = ['a', 'b', 'A', 'k', 'K', '\u212A', 'é', '\u0301', '_', '1', ' ', '\n', '\r', '\u0085', '\u2028', '😀', '\uD83D', '\uDE00', '-', '.', '#', '\t', '\u00A0', '\u0661'];

const atoms = [
  'a', 'b', 'A', 'k', 'é', '_', '1', ' ', '-', '\\.', '.', '\\d', '\\D', '\\w', '\\W', '\\s', '\\S', '\\h', '\\v', '\\R', '[ab]', '[^a]', '[a-z]', '[^\\s]', '[\\w-]',
  '[a-z&&[^b]]', '\\p{L}', '\\P{L}', '\\p{Lu}', '\\p{Alpha}', '\\p{javaLowerCase}', '\\p{IsAlphabetic}', '\\p{Mn}', '😀', '\\x{1F600}', '\\uD83D', '\\uDE00',
  '[\\uD800-\\uDFFF]', '[😀]', '\\n', '\\r', '\\x{85}', '\\u2028', '\\t', '\\x{212A}', '[+-\\;]', '\\Qa.\\E', '(?i:k)', '(?-i:k)', '\\0141',
];
const anchors = ['^', '$', '\\b', '\\B', '\\A', '\\z', '\\Z', '\\G', '(?m:^)', '(?m:$)', '(?d:$)'];
const quantifiers = ['?', '*', '+', '{2}', '{0,2}', '{1,}', '??', '*?', '+?', '?+', '*+', '++', '{1,2}+'];
const flags = ['(?i)', '(?s)', '(?m)', '(?d)', '(?x)', '(?U)', '(?-i)', ''];

/** Random Java patterns from the constructs the package translates. */
export const javaPattern: fc.Arbitrary<string> = fc.letrec<{ node: string; seq: string }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constantFrom(...atoms),
    fc.constantFrom(...anchors),
    fc.tuple(tie('node'), fc.constantFrom(...quantifiers)).map(([n, q]) => (/^[\^$]|^\\[bBAzZG]/.test(n) ? n : `(?:${n})${q}`)),
    tie('seq').map((s) => `(${s})`),
    tie('seq').map((s) => `(?:${s})`),
    fc.tuple(tie('seq'), tie('seq')).map(([a, b]) => `(?:${a}|${b})`),
    tie('seq').map((s) => `(?=${s})`),
    tie('seq').map((s) => `(?!${s})`),
    tie('seq').map((s) => `(?>${s})`),
    fc.constantFrom('a', '\\w', '[^a]', '.', '\\S', 'ab', 'a|bc', '\\b', '😀', '\\p{L}', '\\R').map((s) => `(?<=${s})`),
    fc.constantFrom('a', '\\w', '[^a]', '.', '\\S', 'ab', 'a|bc', '\\b', '😀', '\\p{L}', '\\R').map((s) => `(?<!${s})`),
  ),
  seq: fc.tuple(fc.constantFrom(...flags), fc.array(tie('node'), { minLength: 0, maxLength: 4 })).map(([f, nodes]) => f + nodes.join('')),
})).seq;

/** Random inputs over ALPHABET. */
export const javaInput: fc.Arbitrary<string> = fc.array(fc.constantFrom(...ALPHABET), { maxLength: 8 }).map((chars) => chars.join(''));
