import type { StandardSchemaV1 } from './standard-schema.js';

type Kind = 'boolean' | 'number' | 'string' | 'string[]';
type TypeOf<K extends Kind> = K extends 'boolean' ? boolean : K extends 'number' ? number : K extends 'string' ? string : string[];
export type OptionsOf<S extends Record<string, Kind>> = { [K in keyof S]: TypeOf<S[K]> };

/**
 * A small Standard Schema for rule options: an object with known keys of
 * simple types, unknown keys rejected, missing keys taken from `defaults`.
 * Rules that need more can use any Standard Schema library instead.
 */
export function objectOptions<S extends Record<string, Kind>>(
  shape: S,
  defaults: OptionsOf<S>,
): StandardSchemaV1<Partial<OptionsOf<S>> | undefined, OptionsOf<S>> {
  return {
    '~standard': {
      version: 1,
      vendor: 'tclint',
      validate(input) {
        if (input === undefined) return { value: { ...defaults } };
        if (typeof input !== 'object' || input === null || Array.isArray(input)) {
          return { issues: [{ message: 'options must be an object' }] };
        }
        const issues: StandardSchemaV1.Issue[] = [];
        for (const [key, value] of Object.entries(input)) {
          const kind = shape[key];
          if (!kind) issues.push({ message: `unknown option "${key}"`, path: [key] });
          else if (!matches(kind, value)) issues.push({ message: `"${key}" must be ${kind === 'string[]' ? 'an array of strings' : `a ${kind}`}`, path: [key] });
        }
        return issues.length ? { issues } : { value: { ...defaults, ...(input as Partial<OptionsOf<S>>) } };
      },
    },
  };
}

function matches(kind: Kind, value: unknown): boolean {
  if (kind === 'string[]') return Array.isArray(value) && value.every((v) => typeof v === 'string');
  return typeof value === kind;
}
