import { shapeFilter, SHAPE, withoutSurroundingWhitespace, type Detection } from '@tclint/core';

const TYPE = 'Mutex';

/** Kernel object namespaces a named mutex is created in, with how sure a value starting with one is a Mutex. */
const NAMESPACES: readonly [prefix: string, confidence: number][] = [
  ['Global\\', 0.9],
  ['Local\\', 0.9],
  ['\\BaseNamedObjects\\', 0.85],
];

/**
 * Recognizes Mutex names by the one real signal a bare string carries: a
 * Windows kernel object namespace (`Global\`, `Local\`, `Session\<n>\`,
 * `\BaseNamedObjects\`) followed by a name. Written in another case, the
 * namespace is still a good sign, but less sure. Anything else could be a
 * Mutex as well as any text, so it is not claimed.
 */
export function detectMutex(value: string): Detection | undefined {
  const text = withoutSurroundingWhitespace(value) ?? value;
  for (const [prefix, confidence] of NAMESPACES) {
    if (text.length <= prefix.length) continue;
    const head = text.slice(0, prefix.length);
    if (head === prefix) return { type: TYPE, confidence };
    if (head.toLowerCase() === prefix.toLowerCase()) return { type: TYPE, confidence: 0.7 };
  }
  const session = sessionPrefixLength(text);
  if (session > 0 && text.length > session) return { type: TYPE, confidence: 0.85 };
  return undefined;
}

/** Length of a `Session\<digits>\` prefix, or 0. */
function sessionPrefixLength(text: string): number {
  const prefix = 'Session\\';
  if (!text.startsWith(prefix)) return 0;
  let i = prefix.length;
  while (i < text.length && isDigit(text.charCodeAt(i))) i++;
  return i > prefix.length && text.charCodeAt(i) === 0x5c /* \ */ ? i + 1 : 0;
}

function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

const mutexShape = shapeFilter({ all: SHAPE.BACKSLASH });

/**
 * The values `detectMutex` can recognize: every namespace it knows ends with
 * a backslash and starts with `G`, `L`, `S` (any ASCII case) or `\`, first
 * after any whitespace.
 */
export const mayDetectMutex = (shape: number, length: number, value: string): boolean => {
  if (!mutexShape(shape, length)) return false;
  const first = value.charCodeAt(0);
  if (!(first > 0x20 && first < 0x7f)) return true;
  const lower = first | 0x20;
  return lower === 0x67 /* g */ || lower === 0x6c /* l */ || lower === 0x73 /* s */ || first === 0x5c;
};
