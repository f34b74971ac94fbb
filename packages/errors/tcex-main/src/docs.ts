import { ruleDocsUrl } from '@tclint/core';

/** The README section of a rule (GitHub drops the "/" of `## tcex-main/<rule>` from the anchor). */
export function docsUrl(rule: string): string {
  return ruleDocsUrl('packages/errors/tcex-main', `tcex-main/${rule}`);
}

export const CLASS_ID = 'tcex-main';
