/** ThreatConnect's indicator types as the stand-in knows them (kept apart from tclint's own table on purpose). */
export interface StandinIndicatorType {
  /** v3 `type` value and v2 batch `type`. */
  name: string;
  /** Field names, in summary order. */
  fields: readonly string[];
  /** `/v2/indicators/<branch>`. */
  branch?: string;
  /** The key of the created indicator in a v2 response (`{"data":{"host":{...}}}`). */
  singular: string;
  /** Fields of which at least one is required (File); otherwise all are, except `optional` ones. */
  anyOf?: boolean;
  optional?: readonly string[];
  /** A custom type of the stand-in's instance (v3 bodies may give its fields as `value1`, `value2`...). */
  custom?: boolean;
}

export const STANDIN_TYPES: readonly StandinIndicatorType[] = [
  { name: 'Address', fields: ['ip'], branch: 'addresses', singular: 'address' },
  { name: 'EmailAddress', fields: ['address'], branch: 'emailAddresses', singular: 'emailAddress' },
  { name: 'File', fields: ['md5', 'sha1', 'sha256'], branch: 'files', singular: 'file', anyOf: true },
  { name: 'Host', fields: ['hostName'], branch: 'hosts', singular: 'host' },
  { name: 'URL', fields: ['text'], branch: 'urls', singular: 'url' },
  { name: 'ASN', fields: ['AS Number'], branch: 'asns', singular: 'asn' },
  { name: 'CIDR', fields: ['Block'], branch: 'cidrBlocks', singular: 'cidrBlock' },
  { name: 'Email Subject', fields: ['Subject'], singular: 'emailSubject' },
  { name: 'Hashtag', fields: ['Hashtag'], singular: 'hashtag' },
  { name: 'Mutex', fields: ['Mutex'], branch: 'mutexes', singular: 'mutex' },
  { name: 'Registry Key', fields: ['Key Name', 'Value Name', 'Value Type'], branch: 'registryKeys', singular: 'registryKey' },
  { name: 'User Agent', fields: ['User Agent String'], branch: 'userAgents', singular: 'userAgent' },
  { name: 'Crypto Wallet', fields: ['Wallet Address', 'Currency'], branch: 'cryptoWallets', singular: 'cryptoWallet', optional: ['Currency'], custom: true },
];

export function typeByBranch(branch: string): StandinIndicatorType | undefined {
  return STANDIN_TYPES.find((t) => t.branch === branch);
}

export function typeByName(name: string): StandinIndicatorType | undefined {
  return STANDIN_TYPES.find((t) => t.name === name);
}

export const SUMMARY_SEPARATOR = ' : ';

/** Splits a batch `summary` into the type's fields (`Key Name : Value Name : Value Type`). */
export function valuesFromSummary(type: StandinIndicatorType, summary: string): Record<string, string> {
  if (type.fields.length === 1) return { [type.fields[0]!]: summary };
  const parts = summary.split(SUMMARY_SEPARATOR);
  const values: Record<string, string> = {};
  type.fields.forEach((field, i) => {
    // extra parts stay in the last field, where validation then rejects them
    const part = i === type.fields.length - 1 ? parts.slice(i).join(SUMMARY_SEPARATOR) : parts[i];
    if (part !== undefined && part !== '') values[field] = part;
  });
  return values;
}

export function summaryOf(type: StandinIndicatorType, values: Record<string, string>): string {
  return type.fields
    .map((f) => values[f])
    .filter((v): v is string => v !== undefined)
    .join(SUMMARY_SEPARATOR);
}
