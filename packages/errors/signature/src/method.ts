import { previewChar } from '@tclint/core';

/** Longest text taken for an HTTP method; the registered methods have at most 17 characters (UPDATEREDIRECTREF). */
export const MAX_METHOD_LENGTH = 32;

/** The symbols of an HTTP token (RFC 9110 `tchar`), besides ASCII letters and digits. */
const TOKEN_SYMBOLS = "!#$%&'*+-.^_`|~";

/**
 * Why a request method cannot be an HTTP method (completes "The request
 * method ..."), or undefined when it can be one: 1 to 32 token characters.
 */
export function methodProblem(method: string): string | undefined {
  if (method.length === 0) return 'is empty';
  if (method.length > MAX_METHOD_LENGTH) return `is ${method.length} characters long; HTTP methods are short tokens such as GET and POST`;
  for (let i = 0; i < method.length; i++) {
    if (!isTokenChar(method.charCodeAt(i))) return `contains ${previewChar(String.fromCodePoint(method.codePointAt(i)!))}, which an HTTP method (a token) cannot hold`;
  }
  return undefined;
}

function isTokenChar(c: number): boolean {
  if ((c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) return true;
  return c < 0x80 && TOKEN_SYMBOLS.includes(String.fromCharCode(c));
}
