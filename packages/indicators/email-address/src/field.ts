import { ruleDocsUrl } from '@tclint/core';

/** The ThreatConnect field that holds an EmailAddress indicator's value. */
export const ADDRESS = 'address';

/** Where a rule of this package is documented (the README heading `## email-address/<id>`). */
export function docsUrl(ruleId: string): string {
  return ruleDocsUrl('packages/indicators/email-address', `email-address/${ruleId}`);
}
