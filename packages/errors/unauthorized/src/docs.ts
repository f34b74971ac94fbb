const README = 'https://github.com/tclint/tclint/tree/main/packages/errors/unauthorized';

/** The README section of a rule (GitHub drops the "/" of `## unauthorized/<rule>` from the anchor). */
export function docsUrl(rule: string): string {
  return `${README}#unauthorized${rule}`;
}

export const CLASS_ID = 'unauthorized';
