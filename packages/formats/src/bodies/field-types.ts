import { INDICATOR_TYPES } from '@tclint/core';

const typeByField = new Map<string, string>();
for (const info of INDICATOR_TYPES) for (const field of info.fields) typeByField.set(field.toLowerCase(), info.name);

/** The indicator type a ThreatConnect field name belongs to (`hostName` -> Host), any case. */
export function typeOfField(name: string): string | undefined {
  return typeByField.get(name.trim().toLowerCase());
}

/** The one type whose field names appear among `names`, if exactly one does. */
export function typeFromFields(names: readonly string[]): string | undefined {
  const types = new Set<string>();
  for (const name of names) {
    const type = typeOfField(name);
    if (type) types.add(type);
  }
  return types.size === 1 ? [...types][0] : undefined;
}
