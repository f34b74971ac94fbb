import { ruleDocsUrl } from '@tclint/core';

/** The indicator types whose values feeds defang; in every other type brackets and backslashes are data. */
export const DEFANGABLE_TYPES = ['Host', 'URL', 'Address', 'CIDR', 'EmailAddress'] as const;

/** The field that holds each defangable type's value. */
const VALUE_FIELDS: Readonly<Record<string, string>> = Object.freeze({ Host: 'hostName', URL: 'text', Address: 'ip', CIDR: 'Block', EmailAddress: 'address' });

/**
 * Longer values are not refanged by the rules nor typed by `detect`: no
 * indicator ThreatConnect accepts is that long, and the type's own rules
 * report such a value anyway. `refang()` itself has no limit.
 */
export const MAX_REFANGED_LENGTH = 65536;

/** The field that holds a defangable indicator's value (`hostName`, `text`, `ip`, `Block`, `address`). */
export function valueField(type: string): string | undefined {
  return VALUE_FIELDS[type];
}

/** Where a rule of this package is documented (the README heading `## defanged/<id>`). */
export function docsUrl(ruleId: string): string {
  return ruleDocsUrl('packages/indicators/defanged', `defanged/${ruleId}`);
}
