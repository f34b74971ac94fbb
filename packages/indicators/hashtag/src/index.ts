import { definePlugin, defineTextRules } from '@tclint/core';
import { platformPatternRule } from '@tclint/tc-types';
import { detectHashtag, mayDetectHashtag } from './detect.js';
import { docsUrl } from './docs-url.js';
import { HASHTAG } from './field.js';
import { isCleanHashtag } from './is-clean.js';
import { innerWhitespace } from './rules/inner-whitespace.js';
import { length } from './rules/length.js';
import { lowercase } from './rules/lowercase.js';
import { prefix } from './rules/prefix.js';
import { word } from './rules/word.js';
import { name, version } from '../package.json';

export const plugin = definePlugin({
  meta: { name, version, namespace: 'hashtag' },
  rules: {
    // ThreatConnect's Hashtag pattern accepts no control character and no whitespace at all: errors
    ...defineTextRules({ type: 'Hashtag', field: HASHTAG, docsUrl, surroundingWhitespace: 'error' }),
    prefix,
    'inner-whitespace': innerWhitespace,
    word,
    length,
    lowercase,
    'platform-pattern': platformPatternRule({ type: 'Hashtag', docsUrl: docsUrl('platform-pattern') }),
  },
  detect: detectHashtag,
  mayDetect: mayDetectHashtag,
  isClean: isCleanHashtag,
});

export default plugin;

export { detectHashtag, mayDetectHashtag } from './detect.js';
export { HASHTAG, MAX_HASHTAG_LENGTH, MIN_HASHTAG_LENGTH } from './field.js';
export { hashtagReading, readHashtag, withHash, type HashtagReading } from './hashtag-text.js';
export { isCleanHashtag } from './is-clean.js';
