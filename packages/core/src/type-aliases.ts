/**
 * A type name from a feed's vocabulary that stands for a ThreatConnect type
 * (`ip-dst` -> `Address`). The engine checks such an indicator as its
 * ThreatConnect type and warns (`tclint/type-alias`) with the name to write.
 */
export interface TypeAlias {
  /** The name as feeds write it; matched in any case. */
  alias: string;
  /** The ThreatConnect type it stands for. */
  type: string;
  /** The field a summary goes into whole, when the alias names one (`md5` -> File's `md5`). */
  field?: string;
  /** Where the name comes from (`MISP`, `STIX 2.1`, `OpenIOC 1.0`, `common`). */
  vocabulary: string;
}

const MISP = 'MISP';
const STIX = 'STIX 2.1';
const OPENIOC = 'OpenIOC 1.0';
const COMMON = 'common';

/**
 * Only names that stand for exactly one ThreatConnect type and value shape.
 * Names that are already ThreatConnect names, slugs or v2 branches in some
 * case (`url`, `file`, `mutex`, `hashtag`, `email-subject`, `user-agent`) are
 * not aliases: they resolve without a warning. The README lists the names
 * left out on purpose and why.
 */
export const TYPE_ALIASES: readonly TypeAlias[] = Object.freeze(
  (
    [
      { alias: 'ip-src', type: 'Address', vocabulary: MISP },
      { alias: 'ip-dst', type: 'Address', vocabulary: MISP },
      { alias: 'domain', type: 'Host', vocabulary: MISP },
      { alias: 'hostname', type: 'Host', vocabulary: MISP },
      { alias: 'md5', type: 'File', field: 'md5', vocabulary: MISP },
      { alias: 'sha1', type: 'File', field: 'sha1', vocabulary: MISP },
      { alias: 'sha256', type: 'File', field: 'sha256', vocabulary: MISP },
      { alias: 'email-src', type: 'EmailAddress', vocabulary: MISP },
      { alias: 'email-dst', type: 'EmailAddress', vocabulary: MISP },
      { alias: 'email', type: 'EmailAddress', vocabulary: MISP },
      { alias: 'email-reply-to', type: 'EmailAddress', vocabulary: MISP },
      { alias: 'regkey', type: 'Registry Key', vocabulary: MISP },
      { alias: 'AS', type: 'ASN', vocabulary: MISP },
      { alias: 'ipv4-addr', type: 'Address', vocabulary: STIX },
      { alias: 'ipv6-addr', type: 'Address', vocabulary: STIX },
      { alias: 'domain-name', type: 'Host', vocabulary: STIX },
      { alias: 'email-addr', type: 'EmailAddress', vocabulary: STIX },
      { alias: 'autonomous-system', type: 'ASN', vocabulary: STIX },
      { alias: 'windows-registry-key', type: 'Registry Key', vocabulary: STIX },
      { alias: 'FileItem/Md5sum', type: 'File', field: 'md5', vocabulary: OPENIOC },
      { alias: 'FileItem/Sha1sum', type: 'File', field: 'sha1', vocabulary: OPENIOC },
      { alias: 'FileItem/Sha256sum', type: 'File', field: 'sha256', vocabulary: OPENIOC },
      { alias: 'PortItem/remoteIP', type: 'Address', vocabulary: OPENIOC },
      { alias: 'DnsEntryItem/Host', type: 'Host', vocabulary: OPENIOC },
      { alias: 'Network/DNS', type: 'Host', vocabulary: OPENIOC },
      { alias: 'Network/URI', type: 'URL', vocabulary: OPENIOC },
      { alias: 'Network/UserAgent', type: 'User Agent', vocabulary: OPENIOC },
      { alias: 'Email/From', type: 'EmailAddress', vocabulary: OPENIOC },
      { alias: 'Email/Subject', type: 'Email Subject', vocabulary: OPENIOC },
      { alias: 'RegistryItem/KeyPath', type: 'Registry Key', vocabulary: OPENIOC },
      { alias: 'ip', type: 'Address', vocabulary: COMMON },
      { alias: 'ipv4', type: 'Address', vocabulary: COMMON },
      { alias: 'ipv6', type: 'Address', vocabulary: COMMON },
      { alias: 'fqdn', type: 'Host', vocabulary: COMMON },
      { alias: 'hash', type: 'File', vocabulary: COMMON },
    ] satisfies TypeAlias[]
  ).map((alias) => Object.freeze(alias)),
);
