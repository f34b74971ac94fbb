import { definePlugin, defineTextRules } from '@tclint/core';
import { detectHashtag } from './detect.js';
import { docsUrl } from './docs-url.js';
import { HASHTAG } from './field.js';
import { innerWhitespace } from './rules/inner-whitespace.js';
import { length } from './rules/length.js';
import { prefix } from './rules/prefix.js';
import { name, version } from '../package.json';

export const plugin = definePlugin({
  meta: { name, version, namespace: 'hashtag' },
  rules: { ...defineTextRules({ type: 'Hashtag', field: HASHTAG, docsUrl }), prefix, 'inner-whitespace': innerWhitespace, length },
  detect: detectHashtag,
});

export default plugin;

export { detectHashtag } from './detect.js';
export { HASHTAG, MAX_HASHTAG_LENGTH } from './field.js';
export { withHash } from './hashtag-text.js';
