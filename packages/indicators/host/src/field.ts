import { ruleDocsUrl } from '@tclint/core';

/** The ThreatConnect field that holds a Host indicator's value. */
export const HOST_NAME = 'hostName';

/** Where a rule of this package is documented (the README heading `## host/<id>`). */
export function docsUrl(ruleId: string): string {
  return ruleDocsUrl('packages/indicators/host', `host/${ruleId}`);
}
