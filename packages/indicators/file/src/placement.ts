import { defineAnalysis, type FieldFix } from '@tclint/core';
import { fieldForLength, HASH_FIELDS, type HashField } from './fields.js';
import { readHash } from './read-hash.js';

/** A hash that is in a field other than the one its length names. */
export interface Misplaced {
  field: HashField;
  /** The field the hash belongs in. */
  target: HashField;
  /** Hex digits in the hash. */
  length: number;
  /** Another field holding the same hash, when there is one (this one is then a duplicate). */
  sameAs?: HashField;
  /** When the hash cannot be moved: the field whose different value holds the target. */
  blockedBy?: HashField;
}

export interface Placement {
  misplaced: Misplaced[];
  /** The change that puts every hash in its field, when one exists (all fields changed together). */
  fix?: FieldFix[];
}

interface Hash {
  field: HashField;
  target: HashField;
  raw: string;
  canonical: string;
}

/**
 * Works out which hashes are in the wrong field and where each belongs, by
 * length. The fix moves every hash to its field at once (so swapped hashes
 * trade places), keeps one copy of a hash given twice, and empties the fields
 * it moved out of (`''`: a field cannot be removed by a fix; a summary leaves
 * empty fields out). There is no fix when two different hashes belong in the
 * same field, or when a field a hash belongs in holds something that is not a
 * hash of a known length.
 */
export function placeHashes(values: Readonly<Record<string, string>>): Placement {
  const hashes: Hash[] = [];
  const occupied = new Set<HashField>();
  for (const field of HASH_FIELDS) {
    const raw = values[field];
    if (raw === undefined) continue;
    const reading = readHash(raw);
    if (reading.kind === 'empty') continue;
    const target = reading.kind === 'hex' ? fieldForLength(reading.digits.length) : undefined;
    if (reading.kind === 'hex' && target) hashes.push({ field, target, raw, canonical: reading.digits.toLowerCase() });
    else occupied.add(field); // a value the other rules report stays where it is
  }

  const misplaced: Misplaced[] = [];
  let fixable = true;
  for (const hash of hashes) {
    if (hash.field === hash.target) continue;
    const m: Misplaced = { field: hash.field, target: hash.target, length: hash.canonical.length };
    const same = hashes.find((h) => h !== hash && h.canonical === hash.canonical && (h.field === h.target || HASH_FIELDS.indexOf(h.field) < HASH_FIELDS.indexOf(hash.field)));
    const other = hashes.find((h) => h.target === hash.target && h.canonical !== hash.canonical);
    if (same) m.sameAs = same.field;
    if (occupied.has(hash.target)) m.blockedBy = hash.target;
    else if (other) m.blockedBy = other.field;
    if (m.blockedBy) fixable = false;
    misplaced.push(m);
  }
  if (misplaced.length === 0 || !fixable) return { misplaced };

  const next = new Map<HashField, string>();
  for (const hash of hashes) {
    if (hash.field !== hash.target) next.set(hash.field, ''); // a field a hash moves out of, unless another moves in below
  }
  for (const target of HASH_FIELDS) {
    const kept = hashes.find((h) => h.target === target && h.field === target) ?? hashes.find((h) => h.target === target);
    if (kept) next.set(target, kept.raw);
  }
  const fix = HASH_FIELDS.filter((f) => next.has(f) && next.get(f) !== values[f]).map((field) => ({ field, value: next.get(field)! }));
  return { misplaced, fix };
}

/** `placeHashes` as the engine's shared analysis, over a subject's values. */
export const hashPlacement = defineAnalysis('file/placement', placeHashes);
