import { preview } from '@tclint/core';
import { percentDecode } from './percent.js';
import { formatTarget, type RequestTarget } from '@tclint/tc-auth';
import { describeSurroundingWhitespace } from './whitespace.js';

/** A way a client can sign something other than what ThreatConnect verifies. */
export type SigningMistake =
  | { id: 'missingApiPrefix' | 'extraApiPrefix' | 'queryNotSigned' | 'decodedQuery' | 'decodedPath' | 'plusForSpace' | 'percentForPlus' | 'fullUrlSigned' | 'lowercaseMethod' }
  | { id: 'secretKeyWhitespace'; whitespace: string }
  | { id: 'timestampMilliseconds'; signed: string }
  | { id: 'timestampDiffers'; signed: string; seconds: number };

/** What a client signed: the key and the three parts of the signed string. */
export interface SigningInput {
  key: string;
  method: string;
  target: RequestTarget;
  /** Sign the full URL (origin included) instead of the request target. */
  withOrigin?: boolean;
  timestamp: string;
}

/** One thing the client may have done instead, and its signed string. */
export interface Variant {
  mistakes: SigningMistake[];
  input: SigningInput;
}

interface Modifier {
  mistake: SigningMistake;
  /** Which part it changes; two modifiers of the same part do not combine, except for the target. */
  part: 'key' | 'method' | 'target';
  apply(input: SigningInput): SigningInput;
}

const API = '/api';

/** The string a client signs for an input: `<path>[?<query>]:<method>:<timestamp>`. */
export function signedString(input: SigningInput): string {
  const target = formatTarget(input.target);
  return `${input.withOrigin ? (input.target.origin ?? '') : ''}${target}:${input.method}:${input.timestamp}`;
}

/** The pieces `signedString` joins, in order: each is a part of the request or an ASCII separator. */
export function signedParts(input: SigningInput): string[] {
  const { origin, path, query } = input.target;
  const parts = input.withOrigin && origin ? [origin, path] : [path];
  if (query !== undefined) parts.push('?', query);
  parts.push(':', input.method, ':', input.timestamp);
  return parts;
}

/**
 * `preview(signedString(input), max)` without joining the signed string: of a
 * 1 MB URL only the first `max + 1` characters are copied (a joined string is
 * copied whole as soon as one character of it is read).
 */
export function previewSignedString(input: SigningInput, max: number): string {
  const parts = signedParts(input);
  const length = parts.reduce((sum, part) => sum + part.length, 0);
  if (length <= max) return preview(parts.join(''), max);
  let head = '';
  for (const part of parts) {
    if (head.length > max) break;
    head += part.slice(0, max + 1 - head.length);
  }
  return `${preview(head, { max, length: false })} (${length} characters)`;
}

/** The single modifiers that apply to a correct signing input. */
function modifiers(correct: SigningInput, suppliedKey: string): Modifier[] {
  const { path, query, origin } = correct.target;
  const list: Modifier[] = [];
  const target = (id: Exclude<SigningMistake['id'], 'secretKeyWhitespace' | 'timestampMilliseconds' | 'timestampDiffers'>, change: (t: RequestTarget) => Partial<RequestTarget>) =>
    list.push({ mistake: { id }, part: 'target', apply: (input) => ({ ...input, target: { ...input.target, ...change(input.target) } }) });

  const hasApi = path === API || path.startsWith(`${API}/`);
  if (hasApi) target('missingApiPrefix', (t) => ({ path: t.path.slice(API.length) || '/' }));
  else target('extraApiPrefix', (t) => ({ path: API + t.path }));
  if (query !== undefined) target('queryNotSigned', () => ({ query: undefined }));
  if (query?.includes('%')) target('decodedQuery', (t) => ({ query: t.query === undefined ? undefined : percentDecode(t.query) }));
  if (path.includes('%')) target('decodedPath', (t) => ({ path: percentDecode(t.path) }));
  if (query?.includes('%20')) target('plusForSpace', (t) => ({ query: t.query?.split('%20').join('+') }));
  if (query?.includes('+')) target('percentForPlus', (t) => ({ query: t.query?.split('+').join('%20') }));
  if (origin !== undefined) list.push({ mistake: { id: 'fullUrlSigned' }, part: 'target', apply: (input) => ({ ...input, withOrigin: true }) });

  const lower = correct.method.toLowerCase();
  if (lower !== correct.method) list.push({ mistake: { id: 'lowercaseMethod' }, part: 'method', apply: (input) => ({ ...input, method: lower }) });

  const keys = new Set([suppliedKey, `${correct.key}\n`, `${correct.key}\r\n`, `${correct.key} `]);
  keys.delete(correct.key);
  for (const key of keys) {
    list.push({ mistake: { id: 'secretKeyWhitespace', whitespace: describeSurroundingWhitespace(key) }, part: 'key', apply: (input) => ({ ...input, key }) });
  }
  return list;
}

/** Modifiers that make no sense together (one undoes or hides the other). */
const EXCLUSIVE = new Set(['queryNotSigned+decodedQuery', 'queryNotSigned+plusForSpace', 'queryNotSigned+percentForPlus', 'decodedQuery+plusForSpace', 'decodedQuery+percentForPlus', 'plusForSpace+percentForPlus']);

/**
 * Every variant of the signing input with one or two mistakes, singles first
 * (so the simplest explanation wins), each signed string at most once.
 */
export function signingVariants(correct: SigningInput, suppliedKey: string): Variant[] {
  const all = modifiers(correct, suppliedKey);
  const variants: Variant[] = [];
  const seen = new Set<string>([variantKey(correct)]);
  const add = (chosen: Modifier[]) => {
    const input = chosen.reduce((acc, m) => m.apply(acc), correct);
    const key = variantKey(input);
    if (seen.has(key)) return;
    seen.add(key);
    variants.push({ mistakes: chosen.map((m) => m.mistake), input });
  };
  for (const m of all) add([m]);
  for (let i = 0; i < all.length; i++) {
    for (let j = i + 1; j < all.length; j++) {
      const a = all[i]!;
      const b = all[j]!;
      if (a.part === b.part && a.part !== 'target') continue;
      if (EXCLUSIVE.has(`${a.mistake.id}+${b.mistake.id}`)) continue;
      add([a, b]);
    }
  }
  return variants;
}

function variantKey(input: SigningInput): string {
  return `${input.key.length}:${input.key}\u0000${signedString(input)}`;
}
