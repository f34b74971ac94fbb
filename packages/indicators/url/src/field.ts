import { ruleDocsUrl } from '@tclint/core';

/** The ThreatConnect field that holds a URL indicator's value. */
export const TEXT = 'text';

/** Where a rule of this package is documented (the README heading `## url/<id>`). */
export function docsUrl(ruleId: string): string {
  return ruleDocsUrl('packages/indicators/url', `url/${ruleId}`);
}
