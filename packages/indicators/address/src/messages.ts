/**
 * Message templates by rule and message id. The rules declare them as their
 * `meta.messages`; `analyzeAddress` lists problems by rule and message id, so
 * the library and the linter say the same thing. User text in `{{value}}`,
 * `{{fixed}}`, `{{address}}` ... is already quoted by core's `preview`.
 */
export const MESSAGES = {
  'not-an-address': {
    empty: 'Address is empty; expected an IPv4 address (a.b.c.d) or an IPv6 address',
    notAnAddress: '{{value}} is not an IPv4 or IPv6 address{{hint}}',
  },
  whitespace: {
    surroundingWhitespace: 'Address {{value}} has leading or trailing whitespace; write {{fixed}}',
  },
  brackets: {
    brackets: 'Address {{value}} is in brackets, which belong around an IPv6 address inside a URL, not in an Address indicator; write {{fixed}}',
  },
  'zone-id': {
    zoneId: 'Address {{value}} carries zone id {{zone}}, which names a network interface of one machine; ThreatConnect stores the address alone: {{fixed}}',
  },
  prefix: {
    singleAddressBlock: 'Address {{value}} has prefix length /{{prefix}}, a block of one address; an Address has no prefix length: {{fixed}}',
    cidrBlock: '{{value}} is a CIDR block (prefix length /{{prefix}}), not an Address; use the CIDR type for it',
    slashSuffix: 'Address {{value}} has {{suffix}} after the address; an Address is the address alone (a CIDR block is <address>/<prefix length>)',
  },
  port: {
    port: 'Address {{value}} has port {{port}}; an Address is the address alone, {{address}} (not fixed automatically: the port is information you may want to keep elsewhere)',
  },
  'ipv4-form': {
    octetCount: 'IPv4 address {{address}} has {{count}} parts; ThreatConnect needs four dotted decimal octets (a.b.c.d), and short forms are not expanded automatically',
    hexOctet: 'IPv4 address {{address}} has hexadecimal octet {{octet}}; ThreatConnect needs decimal octets 0..255 (not fixed automatically: write the decimal value you mean)',
    leadingZeros: 'IPv4 address {{address}} has octet {{octet}} with a leading zero; ThreatConnect needs plain decimal octets (not fixed automatically: some parsers read it as octal)',
    octetRange: 'IPv4 address {{address}} has octet {{octet}}, above 255',
  },
  'ipv6-form': {
    compressed: 'IPv6 address {{address}} is compressed with "::"; ThreatConnect needs all eight groups: {{expected}}{{also}}',
    embeddedIPv4: 'IPv6 address {{address}} ends in dotted IPv4 {{ipv4}}; ThreatConnect needs eight hex groups: {{expected}}{{also}}',
    zeroGroups: 'IPv6 address {{address}} writes a zero group as {{group}}; ThreatConnect needs a single 0: {{expected}}{{also}}',
    leadingZeros: 'IPv6 address {{address}} has leading zeros in group {{group}}; ThreatConnect needs none: {{expected}}{{also}}',
    uppercase: 'IPv6 address {{address}} has uppercase hex digits; ThreatConnect needs lowercase: {{expected}}',
  },
} as const satisfies Record<string, Record<string, string>>;

export type AddressRuleName = keyof typeof MESSAGES;
export type MessageIdOf<R extends AddressRuleName> = keyof (typeof MESSAGES)[R] & string;
