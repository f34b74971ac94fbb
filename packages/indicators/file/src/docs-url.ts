/** Where a rule of this package is documented (its README section). */
export function docsUrl(ruleId: string): string {
  return `https://github.com/tclint/tclint/tree/main/packages/indicators/file#file${ruleId}`;
}
