import { definePlugin } from '@tclint/core';
import { expiry } from './rules/expiry.js';
import { message } from './rules/message.js';
import { renewal } from './rules/renewal.js';
import { token } from './rules/token.js';

export const plugin = definePlugin({
  meta: { name: '@tclint/error-unauthorized', version: '0.1.0', namespace: 'unauthorized' },
  rules: { token, expiry, renewal, message },
});

export default plugin;

export { classifyExchange, findUnauthorizedTexts, UNAUTHORIZED_TEXTS, usesToken, type ClassifiedExchange, type FoundText, type UnauthorizedKind } from './classify.js';
export { formatDuration, requestTime, type Moment } from './clock.js';
export { describeToken, JOB_TOKEN_LIFETIME_SECONDS, readTokenHeader, TOKEN_FORM, type Scheme, type TokenHeader } from './token.js';
export { CLASS_ID } from './docs.js';
