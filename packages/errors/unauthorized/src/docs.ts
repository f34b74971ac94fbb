import { ruleDocsUrl } from '@tclint/core';

/** The README section of a rule (GitHub drops the "/" of `## unauthorized/<rule>` from the anchor). */
export function docsUrl(rule: string): string {
  return ruleDocsUrl('packages/errors/unauthorized', `unauthorized/${rule}`);
}

export const CLASS_ID = 'unauthorized';
