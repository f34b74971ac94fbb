/** Why a domain is on the default allowlist; each is a message of `acme/allowlisted-domain`. */
export type DefaultReason = 'specialUse' | 'common';

export interface DefaultAllowlistEntry {
  domain: string;
  reason: DefaultReason;
  /** For special-use names: the RFC that reserves the name. */
  reference?: string;
}

/**
 * The built-in allowlist. Special-use names are reserved by RFC and can never
 * name an attacker's host. The common domains are a deliberately short
 * policy choice: big, benign, and a frequent source of false positives when
 * indicators are scraped from reports (update URLs, schema URLs). Hosting and
 * file-sharing domains (amazonaws.com, github.io, googleusercontent.com,
 * blogspot.com, ...) are left out on purpose: attackers use them every day.
 */
export const DEFAULT_ALLOWLIST: readonly DefaultAllowlistEntry[] = Object.freeze(
  (
    [
      { domain: 'example.com', reason: 'specialUse', reference: 'RFC 2606' },
      { domain: 'example.net', reason: 'specialUse', reference: 'RFC 2606' },
      { domain: 'example.org', reason: 'specialUse', reference: 'RFC 2606' },
      { domain: 'example', reason: 'specialUse', reference: 'RFC 2606' },
      { domain: 'test', reason: 'specialUse', reference: 'RFC 2606' },
      { domain: 'invalid', reason: 'specialUse', reference: 'RFC 2606' },
      { domain: 'localhost', reason: 'specialUse', reference: 'RFC 6761' },
      { domain: 'local', reason: 'specialUse', reference: 'RFC 6762' },
      { domain: 'home.arpa', reason: 'specialUse', reference: 'RFC 8375' },
      { domain: 'microsoft.com', reason: 'common' },
      { domain: 'windowsupdate.com', reason: 'common' },
      { domain: 'apple.com', reason: 'common' },
      { domain: 'google.com', reason: 'common' },
      { domain: 'mozilla.org', reason: 'common' },
      { domain: 'w3.org', reason: 'common' },
    ] satisfies DefaultAllowlistEntry[]
  ).map((entry) => Object.freeze(entry)),
);
