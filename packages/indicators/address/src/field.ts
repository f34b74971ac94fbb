import { ruleDocsUrl } from '@tclint/core';

/** The ThreatConnect field that holds an Address indicator's value. */
export const IP = 'ip';

/** Where a rule of this package is documented (the README heading `## address/<id>`). */
export function docsUrl(ruleId: string): string {
  return ruleDocsUrl('packages/indicators/address', `address/${ruleId}`);
}
