import { definePlugin } from '@tclint/core';
import { exchange } from './rules/exchange.js';
import { message } from './rules/message.js';
import { name, version } from '../package.json';

export const plugin = definePlugin({
  meta: { name, version, namespace: 'signature' },
  rules: { exchange, message },
});

export default plugin;

// Signing lives in @tclint/tc-auth; re-exported so that `signRequest` stays where users found it.
export { computeSignature, parseRequestTarget, requestTarget, signatureBase, signRequest, UnsendableUrlError, type RequestTarget, type SignatureBaseInput, type SignedHeaders, type SignRequestInput } from '@tclint/tc-auth';
export { diagnoseSignature } from './diagnose.js';
export { SIGNATURE_ERROR } from './recognize.js';
