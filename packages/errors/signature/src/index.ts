import { definePlugin } from '@tclint/core';
import { exchange } from './rules/exchange.js';
import { message } from './rules/message.js';
import { name, version } from '../package.json';

export const plugin = definePlugin({
  meta: { name, version, namespace: 'signature' },
  rules: { exchange, message },
});

export default plugin;

export { computeSignature, signatureBase, signRequest, type SignatureBaseInput, type SignedHeaders, type SignRequestInput } from './sign.js';
export { parseRequestTarget, requestTarget, type RequestTarget } from './request-target.js';
export { diagnoseSignature } from './diagnose.js';
export { SIGNATURE_ERROR } from './recognize.js';
export { hmacSha256, HmacSha256 } from './hmac.js';
export { sha256, Sha256 } from './sha256.js';
export { fromBase64, toBase64 } from './base64.js';
