const README = 'https://github.com/tclint/tclint/tree/main/packages/errors/tcex-main';

/** The README section of a rule (GitHub drops the "/" of `## tcex-main/<rule>` from the anchor). */
export function docsUrl(rule: string): string {
  return `${README}#tcex-main${rule}`;
}

export const CLASS_ID = 'tcex-main';
