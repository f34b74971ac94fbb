/** What can be wrong with a host name. Each code is reported by exactly one rule of this package. */
export type HostProblemCode =
  /** Surrounding whitespace (fixable: trimmed). */
  | 'whitespace'
  /** Nothing but whitespace, or nothing at all. */
  | 'empty'
  /** The value is an IPv4 or IPv6 address: an Address indicator. */
  | 'ip-address'
  /** One trailing root dot (fixable: removed). */
  | 'trailing-dot'
  /** Upper-case ASCII letters (fixable: lower-cased). */
  | 'uppercase'
  /** Non-ASCII characters (fixable: UTS #46 mapping, then Punycode). */
  | 'non-ascii'
  /** Non-ASCII characters UTS #46 cannot convert; `reason` says why. */
  | 'no-punycode'
  /** A character outside a-z, 0-9, hyphen, underscore and dot; `char` is the first one. */
  | 'invalid-character'
  /** An underscore (a warning: allowed by policy for names such as `_dmarc.example.com`). */
  | 'underscore'
  /** An empty label (`a..b`, or a dot at the start). */
  | 'empty-label'
  /** A label longer than 63 octets. */
  | 'label-too-long'
  /** A name longer than 253 octets. */
  | 'name-too-long'
  /** A label that starts or ends with a hyphen. */
  | 'hyphen-edge'
  /** Hyphens in the 3rd and 4th positions of a label that does not start with `xn--`. */
  | 'reserved-hyphens'
  /** The last label is all digits (no top-level domain is numeric). */
  | 'numeric-tld'
  /** A Punycode (`xn--`) label that does not decode to a valid label, or a name that breaks the Bidi rule; `reason` says which. */
  | 'invalid-idn';

export interface HostProblem {
  code: HostProblemCode;
  /** `warning` for policy findings (underscores); everything else is an error. */
  severity: 'error' | 'warning';
  /**
   * The input with only this problem repaired, every other character kept;
   * absent when it cannot be repaired automatically.
   */
  fixed?: string;
  /** Label problems: the first label that has it (in its lower-case ASCII form). */
  label?: string;
  /** Label problems: how many labels have it. */
  count?: number;
  /** `invalid-character`: the first offending character; `trailing-dot`: the dot as written. */
  char?: string;
  /** `label-too-long`, `name-too-long`: the length found. */
  length?: number;
  /** `no-punycode`, `invalid-idn`: why, as a clause naming the label (`label "xn--abc-" is not valid Punycode`). */
  reason?: string;
  /** `invalid-character`: the name looks defanged (`example[.]com`). */
  defanged?: true;
  /** `ip-address`: the IP version. */
  ipVersion?: 4 | 6;
}

export interface HostNormalization {
  /**
   * The host name as ThreatConnect wants it: trimmed, without a trailing root
   * dot, lower case, internationalized labels in Punycode. Absent when an
   * error remains that no fix can repair (a warning does not prevent it).
   */
  ascii?: string;
  /** Every problem found, in a stable order; none when the input is already in ThreatConnect's form. */
  problems: readonly HostProblem[];
}
