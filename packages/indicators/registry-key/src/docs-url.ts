import { ruleDocsUrl } from '@tclint/core';

/** Where a rule of this package is documented (its README section). */
export function docsUrl(ruleId: string): string {
  return ruleDocsUrl('packages/indicators/registry-key', `registry-key/${ruleId}`);
}
