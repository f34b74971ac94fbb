const README = 'https://github.com/tclint/tclint/tree/main/packages/errors/access-denied';

/** The README section of a rule (GitHub drops the "/" of `## access-denied/<rule>` from the anchor). */
export function docsUrl(rule: string): string {
  return `${README}#access-denied${rule}`;
}

export const CLASS_ID = 'access-denied';
