/** The ThreatConnect field that holds an Address indicator's value. */
export const IP = 'ip';

/** Where a rule of this package is documented (the README heading `## address/<id>`). */
export function docsUrl(ruleId: string): string {
  return `https://github.com/tclint/tclint/tree/main/packages/indicators/address#address${ruleId}`;
}
