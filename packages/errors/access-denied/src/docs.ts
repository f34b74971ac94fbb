import { ruleDocsUrl } from '@tclint/core';

/** The README section of a rule (GitHub drops the "/" of `## access-denied/<rule>` from the anchor). */
export function docsUrl(rule: string): string {
  return ruleDocsUrl('packages/errors/access-denied', `access-denied/${rule}`);
}

export const CLASS_ID = 'access-denied';
