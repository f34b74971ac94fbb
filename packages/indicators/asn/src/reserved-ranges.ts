/** Why an AS number is not a public network's. */
export type ReservedCategory = 'reserved' | 'asTrans' | 'documentation' | 'privateUse';

export interface ReservedRange {
  first: number;
  last: number;
  category: ReservedCategory;
  /** The RFC that sets the range aside. */
  reference: string;
}

/** The special-purpose AS numbers ThreatConnect users should be warned about, in ascending order. */
export const RESERVED_ASN_RANGES: readonly ReservedRange[] = Object.freeze(([
  { first: 0, last: 0, category: 'reserved', reference: 'RFC 7607' },
  { first: 23456, last: 23456, category: 'asTrans', reference: 'RFC 6793' },
  { first: 64496, last: 64511, category: 'documentation', reference: 'RFC 5398' },
  { first: 64512, last: 65534, category: 'privateUse', reference: 'RFC 6996' },
  { first: 65535, last: 65535, category: 'reserved', reference: 'RFC 7300' },
  { first: 65536, last: 65551, category: 'documentation', reference: 'RFC 5398' },
  { first: 4200000000, last: 4294967294, category: 'privateUse', reference: 'RFC 6996' },
  { first: 4294967295, last: 4294967295, category: 'reserved', reference: 'RFC 7300' },
] satisfies ReservedRange[]).map((range) => Object.freeze(range)));

/** The special-purpose range an AS number falls in, if any. */
export function reservedRange(asn: number): ReservedRange | undefined {
  for (const range of RESERVED_ASN_RANGES) if (asn >= range.first && asn <= range.last) return range;
  return undefined;
}

/** A range as people write it: `64512–65534`, or the single number. */
export function formatRange(range: ReservedRange): string {
  return range.first === range.last ? String(range.first) : `${range.first}–${range.last}`;
}
