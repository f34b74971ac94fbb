/**
 * Patterns and inputs for the differential tests against Java: every construct the package
 * translates, the places where Java and JavaScript differ, and ThreatConnect's recorded patterns.
 */

/** ThreatConnect's patterns (GET /v2/types/indicatorTypes, recorded 2021), as the constructs custom types use. */
export const RECORDED_PATTERNS: readonly string[] = [
  String.raw`\b(25[0-5]|2[0-4][0-9]|[01]?[0-9][0-9]?)\.(25[0-5]|2[0-4][0-9]|[01]?[0-9][0-9]?)\.(25[0-5]|2[0-4][0-9]|[01]?[0-9][0-9]?)\.(25[0-5]|2[0-4][0-9]|[01]?[0-9][0-9]?)\b`,
  String.raw`(?<![a-zA-Z0-9:])(?:(?:(?:[a-fA-F0-9]{1,4}:){7}[a-fA-F0-9]{1,4})|(?:(?=(?:[a-fA-F0-9]{0,4}:){0,7}[a-fA-F0-9]{0,4})(?:(?:[a-fA-F0-9]{1,4}:){1,7}|:)(?:(?::[a-fA-F0-9]{1,4}){1,7}|:)))(?![a-zA-Z0-9:])`,
  String.raw`(?i)[a-z0-9!#$%&'*+/=?^_` + '`' + String.raw`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_` + '`' + String.raw`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])`,
  String.raw`\b([a-fA-F\d]{32})\b`,
  String.raw`\b([a-fA-F\d]{40})\b`,
  String.raw`\b([a-fA-F\d]{64})\b`,
  String.raw`\b((?:(?!-)[a-zA-Z0-9-]{1,63}(?<!-)\.)+(?i)(?!apk|apt|arpa|asp|bat|bdoda|bin|bsspx|cer|cfg|cgi|class|close|cpl|cpp|crl|css|dll|doc|docx|dyn|exe|fl|gz|hlp|htm|html|ico|ini|ioc|jar|jpg|js|jxr|lco|lnk|loader|log|lxdns|mdb|mp4|odt|pcap|pdb|pdf|php|plg|plist|png|ppt|pptx|quit|rar|rtf|scr|sleep|ssl|torproject|tmp|txt|vbp|vbs|w32|wav|xls|xlsx|xml|xpi|dat($|\r\n)|gif($|\r\n)|xn$)(?:xn--[a-zA-Z0-9]{2,22}|[a-zA-Z]{2,13}))(?!.*@)`,
  String.raw`\b(?:(?:https?|s?ftp)://)(?:(?:\b(?=.{4,253})(?:(?:[a-z0-9_-]{1,63}\.){0,124}(?:(?!-)[-a-z0-9]{1,63}(?<!-)\.){0,125}(?![-0-9])[-a-z0-9]{2,24}(?<![-0-9]))\b|\b(?:(?:(?:[0-9]|[1-8][0-9]|9[0-9]|1[0-9]{2}|2[0-4][0-9]|25[0-5])\.){3}(?:[0-9]|[1-8][0-9]|9[0-9]|1[0-9]{2}|2[0-4][0-9]|25[0-5]))\b)(?::(?:[1-9]|[1-8][0-9]|9[0-9]|[1-8][0-9]{2}|9[0-8][0-9]|99[0-9]|[1-8][0-9]{3}|9[0-8][0-9]{2}|99[0-8][0-9]|999[0-9]|[1-5][0-9]{4}|6[0-4][0-9]{3}|65[0-4][0-9]{2}|655[0-2][0-9]|6553[0-5]))?\b)(?:/[-a-zA-Z0-9_.~%!$&'()*+,;=:@]*)*(?:\?[-a-zA-Z0-9_.~%!$&'()*+,;=:@/?]*#?)?(?:\#[-a-zA-Z0-9_.~%!$&'()*+,;=:@/?]+)?`,
  String.raw`[Aa][Ss][Nn][1-4]?\d{1,8}`,
  String.raw`\b(?:(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])\.){3}(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])\/(?:3[012]|[12][0-9]|[0-9])\b`,
  String.raw`\b(?:(?:[1-9A-Fa-f][0-9A-Fa-f]{1,3}|[0-9A-Fa-f]):){7}(?:[1-9A-Fa-f][0-9A-Fa-f]{1,3}|[0-9A-Fa-f])\/(?:12[0-8]|1[01][0-9]|[1-9]?[0-9])\b`,
  String.raw`.{1,100}`,
  String.raw`\B(\#(?=\w*[A-Za-z]+)\w{1,254}[A-Za-z0-9])`,
  String.raw`(?:Global\\|Local\\)?(?:\S| ){1,260}`,
  String.raw`(?=.{1,257}$)(?:(?:HKEY_CLASSES_ROOT|HKEY_CURRENT_CONFIG|HKEY_CURRENT_USER|HKEY_CURRENT_USER_LOCAL_SETTINGS|HKEY_LOCAL_MACHINE|HKEY_PERFORMANCE_DATA|HKEY_PERFORMANCE_NLSTEXT|HKEY_PERFORMANCE_TEXT|HKEY_USERS)(?:(?!\\\\.+)(?:\\.+))*)`,
  String.raw`.{0,214}`,
  String.raw`[A-Za-z0-9 /().,!"#$%&’*+-\;:<>=?@\[\]{}^_` + '`' + String.raw`|~]{1,256}`,
];

/** One pattern per construct (and per known difference between Java and JavaScript). */
export const CONSTRUCT_PATTERNS: readonly string[] = [
  // literals, escapes, quoting
  'abc', 'a.c', '\\.', '\\\\', '\\t\\n\\r\\f\\a\\e', '\\x41\\x{1F600}', '\\u0041\\uD83D\\uDE00', '\\uD83D', '\\uDE00', '\\0101\\07\\0377\\0400',
  '\\cA\\c@', '\\Qa.b*c\\E', '\\Qa\\E+', 'x\\Q\\E*', '\\Q12\\E', '[\\Q]-\\E]', '\\Q\\\\E', '\\#', '\\;', '\\-', '\\ ', '\\!', '😀', '😀+', '[😀-😂]', '\uD83D', '\uDE00',
  // dot and line terminators
  '.', '.+', '(?s).', '(?d).', '(?s).+', '.{2}', '.{1,3}',
  // classes
  '[abc]', '[^abc]', '[a-z]', '[^a-z]', '[a-zA-Z0-9_-]', '[-a]', '[a-]', '[]a]', '[^]a]', '[+-\\;]', '[\\[\\]]', '[a-d[m-p]]', '[a-z&&[def]]', '[a-z&&[^bc]]',
  '[a-z&&def]', '[abc&&b]', '[a&&b]', '[x&&[y]&z]', '[[a-c][x-z]]', '[^[a]]', '[a&b]', '[\\d\\s]', '[^\\d\\s]', '[\\w&&[^\\d]]', '[\\p{L}&&[^a-z]]',
  '[\\x{10000}-\\x{10FFFF}]', '[\\uD800-\\uDFFF]', '[\\uDC00-\\uDFFF]', '[\\uD800-\\uDBFF]', '[^\\uD83D]', '[\\v-\\x0D]', '[\\x00-\\x7F]', '[\\0-\\x{10FFFF}]',
  '[ -~]', '[\\u00E0-\\u00FF]', '[😀]', '[^😀]',
  // predefined classes
  '\\d', '\\D', '\\s', '\\S', '\\w', '\\W', '\\h', '\\H', '\\v', '\\V', '\\d+', '\\S+', '\\W+', '(?U)\\w+', '(?U)\\d', '(?U)\\s', '(?U)\\W', '(?U)\\S',
  // properties
  '\\p{L}', '\\pL', '\\p{Lu}', '\\p{IsL}', '\\p{IsLu}', '\\p{gc=Lu}', '\\p{general_category=Nd}', '\\P{L}', '\\p{^L}', '\\PL',
  '\\p{Alpha}', '\\p{Lower}', '\\p{Upper}', '\\p{ASCII}', '\\p{Alnum}', '\\p{Punct}', '\\p{Graph}', '\\p{Print}', '\\p{Blank}', '\\p{Cntrl}',
  '\\p{XDigit}', '\\p{Space}', '\\p{Digit}', '\\p{javaLowerCase}', '\\p{javaUpperCase}', '\\p{javaWhitespace}', '\\p{javaMirrored}', '\\p{javaLetterOrDigit}',
  '\\p{IsAlphabetic}', '\\p{IsIdeographic}', '\\p{IsLetter}', '\\p{IsLowercase}', '\\p{IsUppercase}', '\\p{IsPunctuation}', '\\p{IsWhite_Space}',
  '\\p{IsHex_Digit}', '\\p{isalphabetic}', '\\p{IsDigit}', '\\p{IsWord}', '\\p{L1}', '\\p{all}', '\\p{LD}', '\\p{LC}', '\\p{Cs}', '\\p{Cn}', '\\p{Mn}', '\\p{So}',
  '(?i)\\p{Lu}', '(?i)\\p{Lower}', '(?i)\\p{javaUpperCase}', '(?U)\\p{Alpha}', '(?U)\\p{alpha}', '(?U)\\p{Punct}', '\\P{So}x', '[\\P{So}]x', '\\p{IsEmoji}',
  // case-insensitivity (ASCII only)
  '(?i)k', '(?i)s', '(?i)abc', '(?i)[a-z]', '(?i)[^a-z]', '(?i)[k]', '(?i)[Z-a]', '(?i)é', '(?i)[é]', '(?i)\\x{212A}', 'a(?i)b', 'a(?i)b|c', '(a(?i)b)c', '(?i:a)b',
  '(?i)a(?-i)b', '(?i-i)a', '(?iu)1', '(?x) a b # comment\n c', '(?x)[a b]', '(?x)a{1, 2}', '(?x)\\ a', '(?x)a#\r b', '(?m)^a$', '(?s:.)', '(?i)ǅ',
  // anchors and boundaries
  '^a', 'a$', '^$', '$', '^', '(?m)^', '(?m)$', '(?m)^a', '(?m)a$', '(?d)a$', '(?dm)a$', '(?dm)^a', '\\Aa', 'a\\z', 'a\\Z', '(?d)a\\Z', '\\Ga', 'a\\G',
  '\\b', '\\B', '\\ba\\b', '\\bé\\b', '\\b\\w+\\b', '\\B\\w', 'a\\b', '\\b.', '.\\b', '(?U)\\b', '(?U)\\B', '\\b\\p{L}+\\b', 'x\\b\u0301', '\\b{g}',
  // quantifiers
  'a?', 'a*', 'a+', 'a{2}', 'a{2,}', 'a{2,3}', 'a{0,1}', 'a??', 'a*?', 'a+?', 'a{2,3}?', 'a?+', 'a*+', 'a++', 'a{2,3}+', 'a*+a', 'a++b', '(?:ab)*+a',
  '(?:a|ab)*+c', '(?:a|ab)++b', '(?:a|ab){2}+c', '(?:a|b)*?c', '(a|b)*', '(?:a*)*b', '(?:a?){3}', '(?:|a){2}$', '(?:|a)*', '(?:a|)*', 'a{0}', 'a{,2}',
  'x{', '(?:ab){2,}', '\\R', '\\R\\n', '\\R?\\n', '\\R{1,2}\\n', '\\R+', '(?:\\R)?\\n', '\\b*', '\\b+a', '(?=a)*', '(?=a)+a', '$?', '^*a',
  // groups and lookarounds
  '(a)', '(?:a)', '(?<name>a)', '(a)(b)', '(?>a|ab)c', '(?>a+)a', '(?=a)a', '(?!a).', '(?<=a)b', '(?<!a)b', '(?<=a|bc)d', '(?<=ab?)c', '(?<=\\d{1,3})x',
  '(?<=.)x', '(?<=\\S)x', '(?<!\\S)x', '(?<=[^a])x', '(?<=\\p{So})x', '(?<=[\\uDC00-\\uDFFF])x', '(?<=😀)x', '(?<=😀|[\\uDC00-\\uDFFF])x', '(?<=😀|\\S)x',
  '(?<=.{0,2})x', '(?<=a*)b', '(?<=ba*)c', '(?<=(?:ab)*)c', '(?<=a+)b', '(?<=(?>a))b', '(?<=\\b)a', '(?<=^)a', '(?<=$)', '(?<=(?=ab)a)b',
  '(?<=\\R)x', '(?<=\\w\\W)', '(?<=(?:ab)+)c', '(?<=a*b?)c', '(?<!a*bc)d', '(?<=a*bc)', '(?<!x*yz)', '(?<!^)x', '(?<=a{0,1000000000})b', '(?<=x{1,2147483647})', '(?<=a{3})b', '(?=(?<=a)b)',
  // back-references
  '(a)\\1', '(a|b)\\1', '(?<x>a)\\k<x>', '(a)(b)\\2\\1', '\\1(a)', '(a)\\11', '(a)?\\1', '(?i)(a)\\1', '(a)\\2', '(a\\1)', '(?:(a)|b)\\1', '\\k<nope>',
  // syntax errors
  '(', ')', '[', '[a', 'a**', '*a', '+', '?', '{', 'a{2,1}', 'a{99999999999}', '\\', '\\k', '\\y', '\\E', '\\c', '\\0', '\\08', '\\x', '\\xG', '\\x{', '\\x{110000}',
  '\\u12', '\\p', '\\p{}', '\\p{Nope}', '\\p{IsNope}', '\\p{gc=Nope}', '\\p{foo=L}', '(?<1a>x)', '(?<a>x)(?<a>y)', '(?$)', '(?z)', '[b-a]', '[\\d-z]', '[a-\\d]',
  '(?<=a+b)', '(?<=(a|bc)+)', '(?<=\\1)', '[]', '[^]', 'a{1', 'a{1,x}', '(?', '(?<', '(?<n', 'a|*', '[a-]', '[\\b]', '\\N{LATIN SMALL LETTER A}', '\\X', '\\p{IsLatin}',
  '\\p{InGreek}', '\\p{sc=Latn}', '(?c)a',
];

/** Inputs that tell Java and JavaScript apart: case folding, line terminators, marks, surrogates. */
export const TRICKY_INPUTS: readonly string[] = [
  '', 'a', 'A', 'b', 'ab', 'abc', 'ABC', 'aab', 'aaa', 'abab', 'ababc', 'ac', 'ba', 'bab', 'bc', 'abcd', 'c', 'x', 'ax', 'bx', 'aax', 'cx', 'abcx', 'dx', 'd', 'bcd',
  'k', 'K', '\u212A', 's', 'S', '\u017F', 'é', 'É', 'e\u0301', 'a\u0301', 'a\u0301b', '\u0301', '_', '_\u0301', '1', '12', '123', '\u0661', '\u0301a', 'ǅ', 'ǆ', 'Ǆ',
  '😀', '😀x', 'x😀', '😁', '\uD83D', '\uDE00', '\uDE00\uD83D', '\uD83Dx', 'x\uDE00', '\uDE00x', 'a😀b', '😀😀', '\uD835\uDC00', '\uD835\uDC00\u0301', '\uD834\uDD67', 'a\uD834\uDD67',
  '\n', '\r', '\r\n', '\n\r', 'x\n', 'x\r', 'x\r\n', 'x\u0085', 'x\u2028', 'x\u2029', 'a\nb', 'a\r\nb', '\na', 'a\n\n', '\u000B', '\f', '\t', ' ', 'a b', 'a\tb',
  '\u00A0', '\u2000', '\u3000', '\u1680', '\u180E', '\u200B', '\u0085', '#', '#a', 'a#b', '-', ';', '+', ',', '\\', '[', ']', '.', '!', 'aé', 'éa', 'a.c', 'a.b*c',
  ']', ']-', 'x]', 'a]', 'z', 'Z', '`', '^', 'a{', '@', '\u0000', '\u007F', '\u00FF', '\u0100', '\uFFFF', '\uFFFE', '\u10FFFF', 'ab\u0301c', 'x\u0301', 'xx',
];
