import { definePlugin } from '@tclint/core';
import { detectDefanged } from './detect.js';
import { at } from './rules/at.js';
import { colon } from './rules/colon.js';
import { dot } from './rules/dot.js';
import { scheme } from './rules/scheme.js';
import { name, version } from '../package.json';

export const plugin = definePlugin({
  meta: { name, version, namespace: 'defanged' },
  rules: { scheme, colon, dot, at },
  detect: detectDefanged,
});

export default plugin;

export { findDefangs, type Defang, type DefangFamily } from './find-defangs.js';
export { refang, replaceDefangs } from './refang.js';
export { detectDefanged, DEFANGED_CONFIDENCE } from './detect.js';
export { DEFANGABLE_TYPES, MAX_REFANGED_LENGTH } from './types.js';
