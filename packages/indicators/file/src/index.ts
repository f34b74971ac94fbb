import { definePlugin } from '@tclint/core';
import { detectFile, mayDetectFile } from './detect.js';
import { isCleanFile } from './is-clean.js';
import { characters } from './rules/characters.js';
import { fingerprint } from './rules/fingerprint.js';
import { hashField } from './rules/hash-field.js';
import { label } from './rules/label.js';
import { length } from './rules/length.js';
import { lowercase } from './rules/lowercase.js';
import { platformPattern } from './rules/platform-pattern.js';
import { required } from './rules/required.js';
import { whitespace } from './rules/whitespace.js';
import { name, version } from '../package.json';

export const plugin = definePlugin({
  meta: { name, version, namespace: 'file' },
  rules: { required, whitespace, fingerprint, label, lowercase, characters, length, 'hash-field': hashField, 'platform-pattern': platformPattern },
  configs: {
    recommended: {
      rules: {
        'file/required': 'error',
        'file/whitespace': 'error',
        'file/fingerprint': 'error',
        'file/label': 'error',
        // ThreatConnect accepts hashes in either case (style without evidence): off
        'file/lowercase': 'off',
        'file/characters': 'error',
        'file/length': 'error',
        'file/hash-field': 'error',
        'file/platform-pattern': 'error',
      },
    },
  },
  detect: detectFile,
  mayDetect: mayDetectFile,
  isClean: isCleanFile,
});

export default plugin;

export { detectFile, mayDetectFile } from './detect.js';
export { ALGORITHMS, fieldForLength, HASH_FIELDS, HASH_LENGTHS, type HashField } from './fields.js';
export { isCleanFile } from './is-clean.js';
export { findLabelledHashes, labelledHashes, type LabelledHash } from './labels.js';
export { hashPlacement, placeHashes, type Misplaced, type Placement } from './placement.js';
export { valuesForPattern } from './rules/platform-pattern.js';
export { canonicalHash, hashReading, readHash, type HashReading } from './read-hash.js';
