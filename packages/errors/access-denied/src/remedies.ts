/** What to do about each error this package diagnoses; shared by the exchange and message rules. */

export const LIST_OWNERS = 'List the owners the API user can access with GET /v2/owners (v3: GET /v3/security/owners) and copy the name from there';

export function accessDeniedRemedies(): string[] {
  return [
    'Check the Authorization header: "TC <accessId>:<signature>" with a Timestamp header, or "TC-Token <token>", with nothing around the value',
    'Check that the Access ID exists on this ThreatConnect instance and that its API user is active (API User Administration)',
    'If the request names an owner, check that the API user can access that organization, community or source',
    LIST_OWNERS,
  ];
}

export function ownerNotFoundRemedies(owner?: string): string[] {
  const name = owner ?? 'the owner name';
  return [
    `Check the spelling, spaces and letter case of ${name}: ThreatConnect matches owner names exactly`,
    'URL-encode the owner name in the query string: a space as %20, a plus sign as %2B, "&" as %26',
    LIST_OWNERS,
  ];
}

/** `owner` as shown in messages: core's `preview` of the name (quoted). */
export function ownerAccessRemedies(owner: string): string[] {
  return [
    `Ask a ThreatConnect administrator to give the API user access to ${owner} (API users reach communities and sources only through membership)`,
    `Check the spelling and letter case of ${owner} and URL-encode it`,
    "Leave out the owner parameter to work in the API user's own organization",
    LIST_OWNERS,
  ];
}

export function notLicensedRemedies(): string[] {
  return [
    'Check that the base URL points at the intended ThreatConnect instance (not a sandbox or a different tenant)',
    'Ask your ThreatConnect administrator or ThreatConnect (sales@threatconnect.com) to license API access for this instance',
    'Retrying does not help: the instance refuses every API request until API access is licensed',
  ];
}
