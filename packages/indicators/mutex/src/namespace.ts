import { codePointLength, defineAnalysis } from '@tclint/core';

/** The kernel object namespaces ThreatConnect's Mutex pattern lets a name start with (`(?:Global\\|Local\\)?`). */
export const NAMESPACES = ['Global\\', 'Local\\'] as const;

/** The most characters ThreatConnect's Mutex pattern accepts after the optional namespace (`{1,260}`). */
export const MAX_MUTEX_LENGTH = 260;

/** A Mutex value as ThreatConnect's pattern reads it. */
export interface MutexName {
  /** `Global\` or `Local\` when the value starts with one, else empty. */
  namespace: string;
  /** Code points (as Java counts them) of the whole value. */
  length: number;
  /** Whether the pattern's `{1,260}` holds: for the whole value, or for the name after the namespace. */
  withinLimit: boolean;
}

/** Reads the namespace and the length of a Mutex value, in code points as Java counts a pattern's repetitions. */
export function readMutexName(value: string): MutexName {
  const namespace = NAMESPACES.find((n) => value.startsWith(n)) ?? '';
  const length = codePointLength(value);
  return { namespace, length, withinLimit: length <= MAX_MUTEX_LENGTH || (namespace !== '' && length - namespace.length <= MAX_MUTEX_LENGTH) };
}

/** The engine's shared analysis of `readMutexName`. */
export const mutexName = defineAnalysis('mutex/name', readMutexName);
