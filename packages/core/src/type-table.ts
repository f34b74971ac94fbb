import { distance } from 'fastest-levenshtein';
import { INDICATOR_TYPES, SUMMARY_SEPARATOR, type IndicatorTypeInfo } from './indicator-types.js';
import type { IndicatorSubject } from './subject.js';
import { TYPE_ALIASES, type TypeAlias } from './type-aliases.js';

/**
 * An indicator type a plugin declares (a custom type of a user's
 * ThreatConnect instance): its name and field names in summary order.
 */
export interface IndicatorTypeDeclaration {
  /** The type's name, spelled as ThreatConnect spells it. */
  name: string;
  /** Field names in summary order (`a : b : c`), from the type's `keys`. */
  fields: readonly string[];
  /** Lowercase, hyphenated name for command lines (default: made from the name). */
  slug?: string;
  /** The v2 REST branch (`apiBranch`). */
  branch?: string;
  /** As for File: fields told apart by the length of their value. */
  lengths?: Readonly<Record<string, number>>;
}

/** How a type name given with an indicator was read. */
export interface TypeResolution {
  info: IndicatorTypeInfo;
  /** Present when the name was a feed vocabulary's alias. */
  alias?: TypeAlias;
}

/** The indicator types an engine knows: ThreatConnect's standard types, then the ones its plugins declare. */
export interface TypeTable {
  readonly types: readonly IndicatorTypeInfo[];
  /** A type by its name (exact, then any case), its slug (`registry-key`), its name without spaces, or its v2 branch. Not aliases. */
  find(name: string): IndicatorTypeInfo | undefined;
  /** Like `find`, and a feed vocabulary's alias (`ip-dst`, `md5`, `domain-name`) too. */
  resolve(name: string): TypeResolution | undefined;
  /** The name to write for ThreatConnect (`md5` -> `File`, `asn` -> `ASN`); undefined for a name the table does not know. */
  canonicalTypeName(name: string): string | undefined;
  /** Field names of a type or alias; `value1..3` for a name the table does not know. */
  fieldsOf(type: string): readonly string[];
  /** Splits a summary into the fields of a type or alias; extra parts stay joined in the last field. */
  valuesFromSummary(type: string, summary: string): Record<string, string>;
  /** Joins an indicator's values into ThreatConnect's summary form. */
  summaryOf(subject: IndicatorSubject): string;
  /** The known type whose name, slug or alias is closest to a misspelt name (`Addres` -> `Address`), if one is close. */
  suggest(name: string): string | undefined;
}

const CUSTOM_FIELDS: readonly string[] = ['value1', 'value2', 'value3'];

/** A table of the standard types and `declared` ones (assumed valid: `resolveConfig` checks declarations). */
export function createTypeTable(declared: readonly IndicatorTypeDeclaration[] = []): TypeTable {
  const types: IndicatorTypeInfo[] = [...INDICATOR_TYPES];
  for (const d of declared) {
    const info: IndicatorTypeInfo = { name: d.name, slug: d.slug ?? slugOf(d.name), fields: [...d.fields] };
    if (d.branch) info.branch = d.branch;
    if (d.lengths) info.lengths = d.lengths;
    types.push(info);
  }
  // names as written are looked up first: no trimming and lower-casing per record
  const byExactName = new Map<string, IndicatorTypeInfo>();
  const byKey = new Map<string, IndicatorTypeInfo>();
  for (const info of types) {
    byExactName.set(info.name, info);
    for (const key of [info.name, info.slug, info.name.replace(/\s+/g, ''), info.branch ?? '']) {
      if (key && !byKey.has(key.toLowerCase())) byKey.set(key.toLowerCase(), info);
    }
  }
  const aliases = new Map<string, { alias: TypeAlias; info: IndicatorTypeInfo }>();
  for (const alias of TYPE_ALIASES) {
    const info = byExactName.get(alias.type)!;
    if (!byKey.has(alias.alias.toLowerCase())) aliases.set(alias.alias.toLowerCase(), { alias, info });
  }

  const find = (name: string): IndicatorTypeInfo | undefined => byExactName.get(name) ?? byKey.get(name.trim().toLowerCase());

  function resolve(name: string): TypeResolution | undefined {
    const info = find(name);
    if (info) return { info };
    return aliases.get(name.trim().toLowerCase());
  }

  function fieldsOf(type: string): readonly string[] {
    return (find(type) ?? aliases.get(type.trim().toLowerCase())?.info)?.fields ?? CUSTOM_FIELDS;
  }

  function valuesFromSummary(type: string, summary: string): Record<string, string> {
    const info = find(type);
    if (info) return splitSummary(info.fields, info.lengths, summary);
    const aliased = aliases.get(type.trim().toLowerCase());
    if (!aliased) return splitSummary(CUSTOM_FIELDS, undefined, summary);
    const { alias, info: target } = aliased;
    return alias.field ? { [alias.field]: summary } : splitSummary(target.fields, target.lengths, summary);
  }

  function summaryOf(subject: IndicatorSubject): string {
    if (subject.type === undefined) return subject.raw ?? '';
    const info = find(subject.type) ?? aliases.get(subject.type.trim().toLowerCase())?.info;
    return joinSummary(info?.fields ?? CUSTOM_FIELDS, info?.lengths !== undefined, subject.values);
  }

  function suggest(name: string): string | undefined {
    const wanted = name.trim().toLowerCase();
    if (wanted === '') return undefined;
    let best: string | undefined;
    let bestDistance = Infinity;
    const consider = (candidate: string, type: string) => {
      const d = distance(wanted, candidate.toLowerCase());
      if (d < bestDistance) {
        bestDistance = d;
        best = type;
      }
    };
    for (const info of types) {
      consider(info.name, info.name);
      consider(info.slug, info.name);
    }
    for (const { alias, info } of aliases.values()) consider(alias.alias, info.name);
    // a close name only: one edit in three characters, two for short names, never the whole name
    return bestDistance <= Math.max(2, Math.floor(wanted.length / 3)) && bestDistance < wanted.length ? best : undefined;
  }

  return {
    types,
    find,
    resolve,
    canonicalTypeName: (name) => resolve(name)?.info.name,
    fieldsOf,
    valuesFromSummary,
    summaryOf,
    suggest,
  };
}

function slugOf(name: string): string {
  return name
    .trim()
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

function splitSummary(fields: readonly string[], lengths: Readonly<Record<string, number>> | undefined, summary: string): Record<string, string> {
  if (fields.length === 1) return { [fields[0]!]: summary };
  const parts = summary.split(SUMMARY_SEPARATOR);
  if (lengths) return valuesByLength(fields, lengths, parts, summary);
  const values: Record<string, string> = {};
  fields.forEach((field, i) => {
    const last = i === fields.length - 1;
    const part = last && parts.length > i ? parts.slice(i).join(SUMMARY_SEPARATOR) : parts[i];
    if (part !== undefined) values[field] = part;
  });
  return values;
}

/**
 * Each part goes to the field its trimmed length names; a part of no known
 * length, or a second one of a length, takes the next free field in order,
 * and what is left stays joined in the last field.
 */
function valuesByLength(fields: readonly string[], lengths: Readonly<Record<string, number>>, parts: readonly string[], summary: string): Record<string, string> {
  if (parts.length === 1) return { [fieldForPart(fields, lengths, summary)]: summary };
  const values: Record<string, string> = {};
  const shortest = Math.min(...fields.map((f) => lengths[f] ?? Infinity));
  let taken: Set<number> | undefined;
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!;
    // Trimming only shortens a part: one shorter than every hash names no field.
    if (part.length < shortest) continue;
    const length = part.trim().length;
    const field = fields.find((f) => lengths[f] === length && values[f] === undefined);
    if (field) {
      values[field] = part;
      (taken ??= new Set()).add(i);
    }
  }
  let next = 0;
  for (const field of fields) {
    if (values[field] !== undefined) continue;
    while (taken?.has(next)) next++;
    if (next < parts.length) values[field] = parts[next++]!;
  }
  while (taken?.has(next)) next++;
  if (next < parts.length) {
    const last = fields[fields.length - 1]!;
    values[last] = `${values[last]}${SUMMARY_SEPARATOR}${leftOver(parts, next, taken, summary)}`;
  }
  return values;
}

/** The field of a summary with one part (a single hash, as most are): the one its trimmed length names, else the first. */
function fieldForPart(fields: readonly string[], lengths: Readonly<Record<string, number>>, part: string): string {
  const length = part.trim().length;
  for (const field of fields) if (lengths[field] === length) return field;
  return fields[0]!;
}

/** The parts from `from` on that no field took, joined: a slice of the summary when none after `from` was taken (no rejoining 1 MB of parts). */
function leftOver(parts: readonly string[], from: number, taken: ReadonlySet<number> | undefined, summary: string): string {
  if (taken && [...taken].some((i) => i > from)) return parts.filter((_, i) => i >= from && !taken.has(i)).join(SUMMARY_SEPARATOR);
  let offset = 0;
  for (let i = 0; i < from; i++) offset += parts[i]!.length + SUMMARY_SEPARATOR.length;
  return summary.slice(offset);
}

function joinSummary(fields: readonly string[], byLength: boolean, values: Readonly<Record<string, string>>): string {
  // one field (most types): its value, without the arrays below, for every record written
  if (fields.length === 1) return byLength ? (values[fields[0]!]?.trim() ?? '') : (values[fields[0]!] ?? '');
  if (byLength) return fields.map((f) => values[f]?.trim()).filter((v) => v).join(SUMMARY_SEPARATOR);
  // keep slot positions up to the last present value, as ThreatConnect does
  const lastIndex = fields.reduce((last, f, i) => (values[f] !== undefined ? i : last), -1);
  return fields.slice(0, lastIndex + 1).map((f) => values[f] ?? '').join(SUMMARY_SEPARATOR);
}

/** ThreatConnect's twelve standard types and the feed aliases, as every helper without an engine sees them. */
export const STANDARD_TYPES: TypeTable = createTypeTable();

/**
 * The name to write for ThreatConnect: a ThreatConnect type name in any case,
 * a slug, a v2 branch or a feed alias gives the type's name (`ip-dst` ->
 * `Address`, `md5` -> `File`, `registry-key` -> `Registry Key`); undefined
 * for a name that is none of these (an engine also knows its plugins' types:
 * `engine.types.canonicalTypeName`).
 */
export function canonicalTypeName(name: string): string | undefined {
  return STANDARD_TYPES.canonicalTypeName(name);
}

/**
 * Looks a standard type up by its ThreatConnect name (any case), its slug
 * (`registry-key`) or its v2 branch (`registryKeys`). Not aliases: see `canonicalTypeName`.
 */
export function findIndicatorType(nameOrSlug: string): IndicatorTypeInfo | undefined {
  return STANDARD_TYPES.find(nameOrSlug);
}

/** Field names of a standard type or alias, or `value1..3` for other (custom) types. */
export function fieldsOf(type: string): readonly string[] {
  return STANDARD_TYPES.fieldsOf(type);
}
