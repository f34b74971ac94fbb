import type { StandardSchemaV1 } from '@tclint/core';
import { parseBlock, unmapIpv4, type IpBlock } from './ip.js';
import { SPECIAL_CATEGORIES, type SpecialCategory } from './special-ranges.js';

/** The options of `acme/private-ip` as written in a config. */
export interface PrivateIpOptionsInput {
  /** Categories not to warn about, e.g. `["sharedAddressSpace"]`. */
  ignore?: SpecialCategory[];
  /** Your organisation's own networks (addresses or CIDR blocks), reported as `internal`. */
  internal?: string[];
}

/** The options as the rule receives them: validated, the networks already parsed. */
export interface PrivateIpOptions {
  ignore: ReadonlySet<SpecialCategory>;
  internal: ReadonlyArray<{ range: string; block: IpBlock }>;
}

const KEYS = new Set(['ignore', 'internal']);

/**
 * A hand-written Standard Schema (https://standardschema.dev): it checks the
 * options once, when the config is resolved, and hands the rule the parsed
 * networks, so a bad category or block is a config error naming the rule
 * instead of a silent no-op. Any Standard Schema library (Zod, Valibot,
 * ArkType) would do as well.
 */
export const privateIpOptions: StandardSchemaV1<PrivateIpOptionsInput | undefined, PrivateIpOptions> = {
  '~standard': {
    version: 1,
    vendor: 'tclint-plugin-acme',
    validate(input) {
      if (input === undefined) return { value: { ignore: new Set(), internal: [] } };
      if (typeof input !== 'object' || input === null || Array.isArray(input)) return { issues: [{ message: 'options must be an object' }] };
      const issues: StandardSchemaV1.Issue[] = [];
      const record = input as Record<string, unknown>;
      for (const key of Object.keys(record)) if (!KEYS.has(key)) issues.push({ message: `unknown option "${key}"`, path: [key] });
      const ignore = new Set<SpecialCategory>();
      for (const [i, item] of listOf(record.ignore, 'ignore', issues)) {
        if (SPECIAL_CATEGORIES.includes(item as SpecialCategory)) ignore.add(item as SpecialCategory);
        else issues.push({ message: `"${item}" is not a category (expected one of ${SPECIAL_CATEGORIES.join(', ')})`, path: ['ignore', i] });
      }
      const internal: Array<{ range: string; block: IpBlock }> = [];
      for (const [i, item] of listOf(record.internal, 'internal', issues)) {
        const block = parseBlock(item);
        if (block) internal.push({ range: item.trim(), block: unmapIpv4(block) });
        else issues.push({ message: `"${item}" is not an IP address or CIDR block`, path: ['internal', i] });
      }
      return issues.length ? { issues } : { value: { ignore, internal } };
    },
  },
};

function listOf(value: unknown, key: string, issues: StandardSchemaV1.Issue[]): Array<[number, string]> {
  if (value === undefined) return [];
  if (Array.isArray(value) && value.every((item) => typeof item === 'string')) return value.map((item, i) => [i, item]);
  issues.push({ message: `"${key}" must be an array of strings`, path: [key] });
  return [];
}
