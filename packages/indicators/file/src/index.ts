import { definePlugin } from '@tclint/core';
import { detectFile } from './detect.js';
import { characters } from './rules/characters.js';
import { fingerprint } from './rules/fingerprint.js';
import { hashField } from './rules/hash-field.js';
import { length } from './rules/length.js';
import { lowercase } from './rules/lowercase.js';
import { required } from './rules/required.js';
import { whitespace } from './rules/whitespace.js';
import { name, version } from '../package.json';

export const plugin = definePlugin({
  meta: { name, version, namespace: 'file' },
  rules: { required, whitespace, fingerprint, lowercase, characters, length, 'hash-field': hashField },
  detect: detectFile,
});

export default plugin;

export { detectFile } from './detect.js';
export { ALGORITHMS, fieldForLength, HASH_FIELDS, HASH_LENGTHS, type HashField } from './fields.js';
export { placeHashes, type Misplaced, type Placement } from './placement.js';
export { canonicalHash, readHash, type HashReading } from './read-hash.js';
