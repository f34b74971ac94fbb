/**
 * Message templates by rule and message id. The rules declare them as their
 * `meta.messages`; `normalizeCidr` renders them into its problems, so the
 * library and the linter say the same thing.
 */
export const MESSAGES = {
  'not-a-block': {
    empty: 'CIDR block is empty; expected <IPv4 address>/<0..32> or <IPv6 address>/<0..128>',
    missingPrefix:
      '"{{value}}" is an IP address without a prefix length, so it is not a CIDR block; use the Address type for a single address, or add a prefix length (/{{max}} for a one-address block)',
    notABlock: '"{{value}}" is not a CIDR block; expected <IPv4 address>/<0..32> or <IPv6 address>/<0..128>',
    badAddress: '"{{address}}" in "{{value}}" is not an IPv4 or IPv6 address; expected <IPv4 address>/<0..32> or <IPv6 address>/<0..128>',
  },
  whitespace: {
    surroundingWhitespace: 'CIDR block "{{value}}" has leading or trailing whitespace; write "{{fixed}}"',
  },
  'zone-id': {
    zoneId: 'Address "{{address}}%{{zone}}" in "{{value}}" carries zone id "%{{zone}}"; a CIDR block cannot have one, remove it',
  },
  'ipv4-form': {
    octetCount: 'IPv4 address "{{address}}" in "{{value}}" has {{count}} parts; ThreatConnect needs four dotted decimal octets (a.b.c.d), and short forms are not expanded automatically',
    hexOctet: 'IPv4 address "{{address}}" in "{{value}}" has hexadecimal octet "{{octet}}"; ThreatConnect needs decimal octets 0..255 (not fixed automatically: write the decimal value you mean)',
    leadingZeros:
      'IPv4 address "{{address}}" in "{{value}}" has octet "{{octet}}" with a leading zero; ThreatConnect needs plain decimal octets (not fixed automatically: some parsers read it as octal)',
    octetRange: 'IPv4 address "{{address}}" in "{{value}}" has octet {{octet}}, above 255',
  },
  'ipv6-form': {
    compressed: 'IPv6 address "{{address}}" is compressed with "::"; ThreatConnect needs all eight groups: {{expected}}{{also}}',
    embeddedIPv4: 'IPv6 address "{{address}}" ends in dotted IPv4 "{{ipv4}}"; ThreatConnect needs eight hex groups: {{expected}}{{also}}',
    zeroGroups: 'IPv6 address "{{address}}" writes a zero group as "{{group}}"; ThreatConnect needs a single 0: {{expected}}{{also}}',
    leadingZeros: 'IPv6 address "{{address}}" has leading zeros in group "{{group}}"; ThreatConnect needs none: {{expected}}{{also}}',
    uppercase: 'IPv6 address "{{address}}" has uppercase hex digits; ThreatConnect needs lowercase: {{expected}}',
  },
  prefix: {
    leadingZeros: 'Prefix length "/{{prefix}}" in "{{value}}" has leading zeros; write /{{expected}}',
    outOfRange: 'Prefix length /{{prefix}} in "{{value}}" is out of range; an IPv{{family}} prefix length is 0..{{max}}',
    invalid: 'Prefix length "/{{prefix}}" in "{{value}}" is not a decimal number; write /0..{{max}}',
    missingLength: '"{{value}}" ends in "/" without a prefix length; write /0..{{max}}',
  },
  netmask: {
    netmask: 'CIDR block "{{value}}" gives netmask {{mask}}; ThreatConnect needs the prefix length: /{{prefix}}',
    nonContiguous: 'Netmask {{mask}} in "{{value}}" is not contiguous, so no prefix length stands for it; ThreatConnect needs <address>/<0..{{max}}>',
  },
  'host-bits': {
    hostBits: 'Host bits are set in "{{value}}": {{address}} is not the network address of its /{{prefix}} block; the network address is {{network}}',
  },
} as const satisfies Record<string, Record<string, string>>;

export type CidrRuleName = keyof typeof MESSAGES;
export type MessageIdOf<R extends CidrRuleName> = keyof (typeof MESSAGES)[R] & string;
