import { RuleTester } from '@tclint/rule-tester';
import { plugin } from '../index.js';

new RuleTester().run(plugin, 'punycode', {
  valid: [
    // seed: CORRECT, verbatim
    'xn--sterreich-z7a.icom.museum',
    'example.com',
    'xn--fa-hia.de',
    { values: { hostName: 'xn--mnchen-3ya.de' } },
    // other rules' business: case, a root dot, an IP address
    'EXAMPLE.com',
    'example.com。',
    '１０.０.０.１',
  ],
  invalid: [
    // seed: INCORRECT, verbatim
    {
      value: 'österreich.icom.museum',
      errors: [
        {
          messageId: 'nonAscii',
          field: 'hostName',
          message: 'Host "österreich.icom.museum" is not ASCII; an internationalized name must be written in Punycode: "xn--sterreich-z7a.icom.museum"',
        },
      ],
      output: 'xn--sterreich-z7a.icom.museum',
    },
    // UTS #46 non-transitional: ß stays ß (not "fass")
    { value: 'faß.de', errors: ['nonAscii'], output: 'xn--fa-hia.de' },
    { value: 'ελλάς.gr', errors: ['nonAscii'], output: 'xn--hxarsa0b.gr' },
    // case folding, ASCII labels included
    { value: 'Faß.DE', errors: ['nonAscii'], output: 'xn--fa-hia.de' },
    { value: 'ÖSTERREICH.icom.museum', errors: ['nonAscii'], output: 'xn--sterreich-z7a.icom.museum' },
    { value: 'İstanbul.com', errors: ['nonAscii'], output: 'xn--istanbul-o0e.com' },
    // NFC: a decomposed ö is the same name
    { value: 'o\u0308sterreich.icom.museum', errors: ['nonAscii'], output: 'xn--sterreich-z7a.icom.museum' },
    // full-width letters and dots, ideographic full stop
    { value: 'ｅｘａｍｐｌｅ。ｃｏｍ', errors: ['nonAscii'], output: 'example.com' },
    { value: 'example。com', errors: ['nonAscii'], output: 'example.com' },
    { value: 'ⓔⓧⓐⓜⓟⓛⓔ.com', errors: ['nonAscii'], output: 'example.com' },
    // ignorable characters vanish
    { value: 'exam\u00adple.com', errors: ['nonAscii'], output: 'example.com' },
    { value: '例え.jp', errors: ['nonAscii'], output: 'xn--r8jz45g.jp' },
    { value: 'münchen.de', errors: ['nonAscii'], output: 'xn--mnchen-3ya.de' },
    { value: 'שלום.קום', errors: ['nonAscii'], output: 'xn--9dbne9b.xn--9dbq2a' },
    { value: '💩.la', errors: ['nonAscii'], output: 'xn--ls8h.la' },
    // only the name is converted: whitespace and a root dot are left to host/whitespace and host/trailing-dot
    { value: ' österreich.icom.museum ', errors: ['nonAscii'], output: ' xn--sterreich-z7a.icom.museum ' },
    { value: 'österreich.icom.museum.', errors: ['nonAscii'], output: 'xn--sterreich-z7a.icom.museum.' },
    { value: 'österreich.icom.museum。', errors: ['nonAscii'], output: 'xn--sterreich-z7a.icom.museum.' },
    // ignorable characters can leave nothing but the root dot
    { value: '\u00ad。', errors: ['nonAscii'], output: null },
    // not converted while an error no fix repairs remains (host/labels: the empty label; host/top-level-domain)
    { value: 'österreich..museum', errors: ['nonAscii'], output: null },
    { value: 'ö.exe', errors: ['nonAscii'], output: null },

    // no Punycode form
    {
      value: '-ö.com',
      errors: [{ messageId: 'noPunycode', message: 'Host "-ö.com" is not ASCII and has no Punycode form: label "-ö" starts or ends with a hyphen' }],
      output: null,
    },
    { value: 'ab--ö.com', errors: [{ messageId: 'noPunycode', data: { reason: 'label "ab--ö" has hyphens in the 3rd and 4th positions' } }], output: null },
    {
      value: 'a\u200db.com',
      errors: [{ messageId: 'noPunycode', message: 'Host "a\\u200db.com" is not ASCII and has no Punycode form: label "a\\u200db" has a zero-width joiner or non-joiner (U+200D, U+200C) where the CONTEXTJ rules (RFC 5892) forbid it' }],
      output: null,
    },
    { value: '1a.שלום', errors: [{ messageId: 'noPunycode', data: { reason: expectBidi() } }], output: null },
    { value: 'ö!.com', errors: [{ messageId: 'noPunycode', data: { reason: 'label "ö!" contains "!", which is not allowed in a host name' } }], output: null },
    { value: 'a！b.com', errors: [{ messageId: 'noPunycode', data: { reason: 'label "a！b" becomes "a!b" under UTS #46 mapping, and "!" is not allowed in a host name' } }], output: null },
    { value: 'exa\u00a0mple.com', errors: [{ messageId: 'noPunycode', data: { reason: 'label "exa\\u00a0mple" becomes "exa mple" under UTS #46 mapping, and " " (U+0020) is not allowed in a host name' } }], output: null },
    { value: '\u0300a.com', errors: [{ messageId: 'noPunycode', data: { reason: 'label "\\u0300a" starts with a combining mark' } }], output: null },
    { value: '\ud800.com', errors: [{ messageId: 'noPunycode', data: { reason: 'label "\\ud800" contains "\\ud800" (U+D800), which UTS #46 does not allow in a host name' } }], output: null },
    { value: '\ufffd.com', errors: [{ messageId: 'noPunycode', data: { reason: 'label "\ufffd" contains "\ufffd" (U+FFFD), which UTS #46 does not allow in a host name' } }], output: null },
    { value: 'xn--ö.com', errors: [{ messageId: 'noPunycode', data: { reason: 'label "xn--ö" starts with "xn--" but is not ASCII' } }], output: null },
  ],
});

function expectBidi(): string {
  return 'the name has right-to-left labels and breaks the Bidi rule (RFC 5893), which, among other things, wants every label to start with a letter';
}
