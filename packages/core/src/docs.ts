/**
 * Where the official packages live: every official rule's docs URL starts
 * here, so moving the project changes this line only. The same text ships
 * offline in each package's README (`tclint rules ID` prints a rule's section).
 */
export const DOCS_BASE_URL = 'https://github.com/tclint/tclint/tree/main';

/**
 * The docs URL of a rule: its section in the README of the package at
 * `packagePath` (from the repository root), e.g.
 * `ruleDocsUrl('packages/indicators/asn', 'asn/format')`.
 */
export function ruleDocsUrl(packagePath: string, ruleId: string): string {
  return `${DOCS_BASE_URL}/${packagePath.replace(/^\/+|\/+$/g, '')}#${headingAnchor(ruleId)}`;
}

/** The anchor GitHub gives a heading such as `## asn/format`: lower case, punctuation dropped (`asnformat`), spaces as hyphens. */
function headingAnchor(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');
}
