import { ruleDocsUrl } from '@tclint/core';

/** Where a rule of this plugin is documented: its section of README.md. */
export function docsUrl(ruleId: string): string {
  return ruleDocsUrl('examples/tclint-plugin-acme', `acme/${ruleId}`);
}
