/**
 * Every CORRECT and INCORRECT example of ThreatConnect's "Common Errors" page (the seeds), with the
 * verdict ThreatConnect's patterns give it. They agree everywhere but one place, where the seed
 * overrides the pattern: an empty Registry Key Value Name (the pattern `.{0,214}` allows it, the
 * seed says the API errors).
 */
export interface SeedExample {
  readonly type: string;
  readonly values: Readonly<Record<string, string>>;
  /** The seed calls it correct. */
  readonly correct: boolean;
  /** ThreatConnect's patterns accept every field (same as `correct`, except for the seed's override). */
  readonly patternsAccept: boolean;
  readonly note: string;
}

const REGISTRY_ROOTS = [
  'HKEY_CLASSES_ROOT',
  'HKEY_CURRENT_CONFIG',
  'HKEY_CURRENT_USER',
  'HKEY_CURRENT_USER_LOCAL_SETTINGS',
  'HKEY_LOCAL_MACHINE',
  'HKEY_PERFORMANCE_DATA',
  'HKEY_PERFORMANCE_NLSTEXT',
  'HKEY_PERFORMANCE_TEXT',
  'HKEY_USERS',
];

const example = (type: string, field: string, value: string, correct: boolean, note: string): SeedExample => ({
  type,
  values: { [field]: value },
  correct,
  patternsAccept: correct,
  note,
});

export const SEED_EXAMPLES: readonly SeedExample[] = [
  example('ASN', 'AS Number', 'ASN12345', true, 'ASN: CORRECT'),
  example('ASN', 'AS Number', '12345', false, 'ASN: INCORRECT'),
  example('ASN', 'AS Number', 'AS12345', false, 'ASN: INCORRECT'),
  example('ASN', 'AS Number', 'AS 12345', false, 'ASN: INCORRECT'),
  example('ASN', 'AS Number', 'ASN 12345', false, 'ASN: INCORRECT'),
  example('CIDR', 'Block', 'abc:def:10:0:0:0:0:0/48', true, 'CIDR IPv6: CORRECT'),
  example('CIDR', 'Block', 'abc:def:10::/48', false, 'INCORRECT: compressed IPv6 addresses not accepted'),
  example('CIDR', 'Block', '0abc:def:10:0:0:0:0:0/48', false, 'INCORRECT: leading zero on first section'),
  example('CIDR', 'Block', 'abc:0def:10:0:0:0:0:0/48', false, 'INCORRECT: leading zero on second section'),
  example('CIDR', 'Block', 'abc:def:0010:0:0:0:0:0/48', false, 'INCORRECT: leading zeros on third section'),
  example('CIDR', 'Block', 'abc:def:10:0000:0000:0000:0000:0000/48', false, 'INCORRECT: expanded/exploded IPv6 addresses not accepted'),
  example('CIDR', 'Block', '2001:db8:1234::/48', false, "the Python snippet's incoming range: compressed, not accepted"),
  example('CIDR', 'Block', '2001:db8:1234:0:0:0:0:0/48', true, "the Python snippet's desired range"),
  example('CIDR', 'Block', '2001:0DB8:1234:0000:0000:0000:0000:0000', false, 'expanded/exploded addresses are not accepted'),
  example('Host', 'hostName', 'xn--sterreich-z7a.icom.museum', true, 'Host: CORRECT (Punycode)'),
  example('Host', 'hostName', 'österreich.icom.museum', false, 'Host: INCORRECT (not ASCII)'),
  example('Registry Key', 'Key Name', 'HKEY_LOCAL_MACHINE\\Software\\Microsoft\\Windows NT\\CurrentVersion\\WbemPerf\\001', true, 'Key Name: CORRECT'),
  example('Registry Key', 'Key Name', 'HKLM\\Software\\Microsoft\\Windows NT\\CurrentVersion\\WbemPerf\\001', false, 'Key Name: INCORRECT (HKLM must be HKEY_LOCAL_MACHINE)'),
  ...REGISTRY_ROOTS.map((root) => example('Registry Key', 'Key Name', `${root}\\Software`, true, `Key Name starting with ${root}`)),
  {
    type: 'Registry Key',
    values: { 'Key Name': 'HKEY_LOCAL_MACHINE\\Software\\Microsoft\\DRM\\{cd704ff3-cd05-479e-acf7-6474908031dd}', 'Value Name': ' ', 'Value Type': 'REG_NONE' },
    correct: true,
    patternsAccept: true,
    note: 'Value Name " ": an empty value name, as the API wants it',
  },
  {
    type: 'Registry Key',
    values: { 'Key Name': 'HKEY_LOCAL_MACHINE\\Software\\Microsoft\\DRM\\{cd704ff3-cd05-479e-acf7-6474908031dd}', 'Value Name': '', 'Value Type': 'REG_NONE' },
    correct: false,
    patternsAccept: true,
    note: "Value Name empty: the seed's override (the API returns an error; the pattern .{0,214} allows it)",
  },
  example('URL', 'text', 'http://example.com', true, 'URL: CORRECT'),
  example('URL', 'text', 'http://EXAMPLE.com', false, 'URL: INCORRECT (the domain must be lowercase)'),
];
