/** ThreatConnect's case preference for a type's values (absent: the reply gives none). */
export type CasePreference = 'upper' | 'lower' | 'sensitive';

/** One field of an indicator type, from the reply's `keys` (`key1` ... `keyN`, in that order). */
export interface IndicatorTypeField {
  /** The field name: `AS Number`, `Key Name`... (v3 custom types also call it `value<index>`). */
  readonly name: string;
  /** 1 for `key1`. */
  readonly index: number;
  /**
   * The Java patterns the whole value must match (any one of them). A type with one field gets all
   * of the type's `regexes` (Address: IPv4 or IPv6); a type with several fields gets the one at
   * its position (File: md5, sha1, sha256); none when the reply has none for it.
   */
  readonly patterns: readonly string[];
  /** The allowed values (`value<index>Option`, split on `;`), if the reply lists them. */
  readonly options?: readonly string[];
}

/** An indicator type as a ThreatConnect instance defines it. */
export interface IndicatorType {
  /** The v3 `type` value, spelled exactly: `Address`, `Registry Key`, or a custom type's name. */
  readonly name: string;
  /** The v2 REST branch (`asns`, `registryKeys`). */
  readonly apiBranch: string;
  readonly apiEntity: string;
  /** Defined as a custom type on the platform (the recorded reply marks ASN, CIDR... as custom too). */
  readonly custom: boolean;
  /** ThreatConnect's parser detects the type in free text with its patterns. */
  readonly parsable: boolean;
  readonly casePreference?: CasePreference;
  /** In key order. */
  readonly fields: readonly IndicatorTypeField[];
  /** The reply's `regexes`, in its order. */
  readonly regexes: readonly string[];
}
