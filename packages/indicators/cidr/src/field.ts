import { ruleDocsUrl } from '@tclint/core';

/** The ThreatConnect field that holds a CIDR indicator's value. */
export const BLOCK = 'Block';

/** Where a rule of this package is documented (its README section). */
export function docsUrl(ruleId: string): string {
  return ruleDocsUrl('packages/indicators/cidr', `cidr/${ruleId}`);
}
