import { defineAnalysis, type Fix } from '@tclint/core';
import { fieldForLength, HASH_FIELDS, type HashField } from './fields.js';
import { readHash } from './read-hash.js';

/** A hash written with the name of its algorithm (`SHA1: e298…`), where it is and where it belongs. */
export interface LabelledHash {
  /** The field it is in. */
  field: HashField;
  /** The field its length names. */
  target: HashField;
  /** The label as written, without the whitespace around it (`SHA1:`). */
  label: string;
  /** The field the label names; another than `target` when they disagree. */
  names: HashField;
  /** The hash as written after the label. */
  hash: string;
  /** Where it is reported: the field its length names, or where it is when it cannot go there. */
  reportedIn: HashField;
  /** When it can be put in `target` without its label, and nothing else is in the way. */
  fix?: Fix;
  /** The field in the way: `target` holds another hash. */
  blockedBy?: HashField;
}

/**
 * The labelled hashes of a File (issue 16: `SHA1: e298…` under `--type file`
 * lands in md5), each with the field its length names. The fix strips the
 * label and puts the hash in that field, emptying the one it leaves, when
 * the label agrees with the length and the field is free (or holds the same
 * hash). A labelled hash of no known length is file/length's.
 */
export function findLabelledHashes(values: Readonly<Record<string, string>>): LabelledHash[] {
  const found: LabelledHash[] = [];
  for (const field of HASH_FIELDS) {
    const raw = values[field];
    if (raw === undefined) continue;
    const reading = readHash(raw);
    if (reading.kind !== 'labelled') continue;
    const target = fieldForLength(reading.digits.length);
    if (!target) continue;
    const base = { field, target, label: reading.label.trim(), names: reading.names, hash: reading.hash };
    if (reading.names !== target) {
      found.push({ ...base, reportedIn: field });
      continue;
    }
    const there = target === field ? undefined : values[target];
    const thereReading = there === undefined ? undefined : readHash(there);
    const sameHash = thereReading !== undefined && (thereReading.kind === 'hex' || thereReading.kind === 'labelled') && thereReading.digits.toLowerCase() === reading.digits.toLowerCase();
    if (thereReading !== undefined && thereReading.kind !== 'empty' && !sameHash) {
      found.push({ ...base, reportedIn: field, blockedBy: target });
      continue;
    }
    const fix: Fix = target === field ? { field, value: reading.hash } : sameHash ? { field, value: '' } : [
      { field, value: '' },
      { field: target, value: reading.hash },
    ];
    found.push({ ...base, reportedIn: target, fix });
  }
  return found;
}

/** `findLabelledHashes` as the engine's shared analysis, over a subject's values. */
export const labelledHashes = defineAnalysis('file/labelled-hashes', findLabelledHashes);
