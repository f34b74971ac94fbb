import { definePlugin } from '@tclint/core';
import { authorization } from './rules/authorization.js';
import { message } from './rules/message.js';
import { notLicensed } from './rules/not-licensed.js';
import { owner } from './rules/owner.js';
import { name, version } from '../package.json';

export const plugin = definePlugin({
  meta: { name, version, namespace: 'access-denied' },
  rules: { authorization, owner, 'not-licensed': notLicensed, message },
});

export default plugin;

export { analyzeAuthorization, HMAC_FORM, TOKEN_FORM, type AuthorizationAnalysis, type AuthorizationProblem, type AuthorizationScheme } from './authorization.js';
export { describeCredentials } from '@tclint/tc-auth';
export { ACCESS_DENIED_TEXTS, classifyExchange, findAccessDeniedTexts, type AccessDeniedKind, type ClassifiedExchange, type FoundText } from './classify.js';
export { findOwnerParameter, type OwnerEncodingProblem, type OwnerParameter } from './owner.js';
export { hostOf } from '@tclint/tc-auth';
export { CLASS_ID } from './docs.js';
