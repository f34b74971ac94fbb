/** Where a rule of this plugin is documented: its section of README.md. */
export function docsUrl(ruleId: string): string {
  return `https://github.com/tclint/tclint/tree/main/examples/tclint-plugin-acme#acme${ruleId}`;
}
