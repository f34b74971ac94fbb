/** ThreatConnect's standard indicator types, their fields and slugs. */
export interface IndicatorTypeInfo {
  /** The v3 `type` value, spelled exactly. */
  name: string;
  /** Lowercase, hyphenated name used on command lines and package names. */
  slug: string;
  /** Field names in summary order (`a : b : c`). */
  fields: readonly string[];
  /** The v2 REST branch (`/v2/indicators/<branch>`), where documented. */
  branch?: string;
  /**
   * Types whose summary lists only the values present, each recognisable by
   * its length (File: `md5 : sha1 : sha256`, any of them left out, as tcex
   * builds it). Others keep every position up to the last value.
   */
  lengths?: Readonly<Record<string, number>>;
}

export const INDICATOR_TYPES: readonly IndicatorTypeInfo[] = [
  { name: 'Address', slug: 'address', fields: ['ip'], branch: 'addresses' },
  { name: 'EmailAddress', slug: 'email-address', fields: ['address'], branch: 'emailAddresses' },
  { name: 'File', slug: 'file', fields: ['md5', 'sha1', 'sha256'], branch: 'files', lengths: { md5: 32, sha1: 40, sha256: 64 } },
  { name: 'Host', slug: 'host', fields: ['hostName'], branch: 'hosts' },
  { name: 'URL', slug: 'url', fields: ['text'], branch: 'urls' },
  { name: 'ASN', slug: 'asn', fields: ['AS Number'], branch: 'asns' },
  { name: 'CIDR', slug: 'cidr', fields: ['Block'], branch: 'cidrBlocks' },
  { name: 'Email Subject', slug: 'email-subject', fields: ['Subject'] },
  { name: 'Hashtag', slug: 'hashtag', fields: ['Hashtag'] },
  { name: 'Mutex', slug: 'mutex', fields: ['Mutex'], branch: 'mutexes' },
  { name: 'Registry Key', slug: 'registry-key', fields: ['Key Name', 'Value Name', 'Value Type'], branch: 'registryKeys' },
  { name: 'User Agent', slug: 'user-agent', fields: ['User Agent String'], branch: 'userAgents' },
];

/** The separator ThreatConnect uses to join the values of multi-valued types. */
export const SUMMARY_SEPARATOR = ' : ';
