/** What can be wrong with a host name, by the rules of DNS and IDNA. Which of them ThreatConnect refuses depends on the type (Host, URL, EmailAddress). */
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
  /** Typographic dashes U+2010..U+2015 where a hyphen belongs (fixable: the ASCII-hyphen reading); nothing else is looked at until they are gone. */
  | 'typographic-dash'
  /** Non-ASCII characters (fixable: UTS #46 mapping, then Punycode). */
  | 'non-ascii'
  /** Non-ASCII characters UTS #46 cannot convert; `reason` says why. */
  | 'no-punycode'
  /** A character outside a-z, 0-9, hyphen, underscore and dot; `char` is the first one. */
  | 'invalid-character'
  /** An underscore (real DNS names such as `_dmarc.example.com` have them; no host name proper does). */
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
  readonly code: HostProblemCode;
  /**
   * The input with only this problem repaired, every other character kept;
   * absent when it cannot be repaired automatically.
   */
  readonly fixed?: string;
  /** Label problems: the first label that has it (in its lower-case ASCII form). */
  readonly label?: string;
  /** Label problems: how many labels have it. */
  readonly count?: number;
  /** `invalid-character`: the first offending character; `trailing-dot`: the dot as written; `typographic-dash`: the first dash. */
  readonly char?: string;
  /** `label-too-long`, `name-too-long`: the length found. */
  readonly length?: number;
  /** `no-punycode`, `invalid-idn`: why, as a clause naming the label (`label "xn--abc-" is not valid Punycode`). */
  readonly reason?: string;
  /** `invalid-character`: the name looks defanged (`example[.]com`). */
  readonly defanged?: true;
  /** `ip-address`: the IP version. */
  readonly ipVersion?: 4 | 6;
}

export interface HostNormalization {
  /**
   * The host name in the form ThreatConnect stores: trimmed, without a
   * trailing root dot, lower case, internationalized labels in Punycode.
   * Absent when a problem remains that no fix repairs and that makes the value
   * no host name at all (see `UNREPAIRABLE`); DNS-only findings
   * (underscores, length over 253, reserved hyphens, invalid Punycode) do not
   * prevent it.
   */
  readonly ascii?: string;
  /** Every problem found, in a stable order; none when the input is already in that form. */
  readonly problems: readonly HostProblem[];
}

/** Problems that leave no host name to write: `ascii` is absent when one of them has no `fixed`. */
export const UNREPAIRABLE: ReadonlySet<HostProblemCode> = new Set<HostProblemCode>([
  'empty',
  'ip-address',
  'no-punycode',
  'invalid-character',
  'empty-label',
  'label-too-long',
  'hyphen-edge',
  'numeric-tld',
]);
