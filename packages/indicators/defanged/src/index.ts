import { definePlugin } from '@tclint/core';
import { detectDefanged, mayDetectDefanged } from './detect.js';
import { isCleanDefanged } from './is-clean.js';
import { accepted } from './rules/accepted.js';
import { at } from './rules/at.js';
import { colon } from './rules/colon.js';
import { dot } from './rules/dot.js';
import { scheme } from './rules/scheme.js';
import { name, version } from '../package.json';

export const plugin = definePlugin({
  meta: { name, version, namespace: 'defanged' },
  rules: { scheme, colon, dot, at, accepted },
  detect: detectDefanged,
  mayDetect: mayDetectDefanged,
  isClean: isCleanDefanged,
});

export default plugin;

export { findDefangs, mayHaveDefangs, type Defang, type DefangFamily } from './find-defangs.js';
export { refang, replaceDefangs } from './refang.js';
export { defangAnalysis } from './defanged-value.js';
export { detectDefanged, DEFANGED_CONFIDENCE, mayDetectDefanged } from './detect.js';
export { isCleanDefanged } from './is-clean.js';
export { DEFANGABLE_TYPES, MAX_REFANGED_LENGTH } from './types.js';
