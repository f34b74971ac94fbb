import { fieldsOf, ruleDocsUrl } from '@tclint/core';

/** The indicator types whose values feeds defang; in every other type brackets and backslashes are data. */
export const DEFANGABLE_TYPES = ['Host', 'URL', 'Address', 'CIDR', 'EmailAddress'] as const;

/**
 * Longer values are not refanged by the rules nor typed by `detect`: no
 * indicator ThreatConnect accepts is that long, and the type's own rules
 * report such a value anyway. `refang()` itself has no limit.
 */
export const MAX_REFANGED_LENGTH = 65536;

let lastType: string | undefined;
let lastField = '';

/** The field that holds a defangable indicator's value (`hostName`, `text`, `ip`, `Block`, `address`); the rules ask for the same type in turn. */
export function valueField(type: string): string {
  if (type !== lastType) {
    lastField = fieldsOf(type)[0]!;
    lastType = type;
  }
  return lastField;
}

/** Where a rule of this package is documented (the README heading `## defanged/<id>`). */
export function docsUrl(ruleId: string): string {
  return ruleDocsUrl('packages/indicators/defanged', `defanged/${ruleId}`);
}
