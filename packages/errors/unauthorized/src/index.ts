import { definePlugin } from '@tclint/core';
import { expiry } from './rules/expiry.js';
import { message } from './rules/message.js';
import { renewal } from './rules/renewal.js';
import { token } from './rules/token.js';
import { name, version } from '../package.json';

export const plugin = definePlugin({
  meta: { name, version, namespace: 'unauthorized' },
  rules: { token, expiry, renewal, message },
});

export default plugin;

export { classifyExchange, findUnauthorizedTexts, UNAUTHORIZED_TEXTS, usesToken, type ClassifiedExchange, type FoundText, type UnauthorizedKind } from './classify.js';
export { formatDuration, requestTime, type Moment } from './clock.js';
export { JOB_TOKEN_LIFETIME_SECONDS, readTokenHeader, TOKEN_FORM, type Scheme, type TokenHeader } from './token.js';
/** The shape of a token (length and colon-separated parts, never its characters): @tclint/tc-auth's `describeCredentials`. */
export { describeCredentials as describeToken } from '@tclint/tc-auth';
export { CLASS_ID } from './docs.js';
