import { defineAnalysis } from '@tclint/core';
import { asciiUpper, startsWithAsciiCase } from './ascii.js';
import { NATIVE_ROOTS, REGISTRY_ROOTS, ROOT_ABBREVIATIONS, UNSUPPORTED_ROOTS, type RegistryRoot } from './constants.js';

/** A way the start of a Key Name departs from `<ROOT>\...` that can be fixed. */
export type KeyRootDeparture = 'leadingWhitespace' | 'regeditPrefix' | 'providerPrefix' | 'nativePath' | 'powershellDrive' | 'abbreviation' | 'rootCase';

/** The outcome of reading the start of a Key Name. `written` is the offending part as it appears in the value. */
export type KeyRootParse =
  | { kind: 'missing' }
  /** Starts with a root ThreatConnect accepts, written as it wants (`rest` starts at `restStart`). */
  | { kind: 'valid'; root: RegistryRoot; restStart: number }
  /** Starts with a root written another way; `fixed` is the Key Name with the root written right. */
  | { kind: 'fixable'; root: RegistryRoot; restStart: number; fixed: string; departures: readonly KeyRootDeparture[]; written: string; prefix: string }
  | { kind: 'unsupported'; root: string; written: string }
  /** A native path under `\REGISTRY\` other than MACHINE and USER. */
  | { kind: 'unknownNative'; written: string }
  /** A root separated from the rest by `/` (`HKLM/Software`). */
  | { kind: 'forwardSlash'; written: string }
  | { kind: 'unknown'; written: string };

const REGEDIT_PREFIX = 'COMPUTER\\';
const PROVIDER_PREFIXES = ['MICROSOFT.POWERSHELL.CORE\\REGISTRY::', 'REGISTRY::'];
const NATIVE_PREFIX = '\\REGISTRY\\';
const LEADING_WHITESPACE = /\s*/y;
/** Longer first segments cannot be a root (the longest, with a drive colon, has 33 characters). */
const MAX_ROOT_LENGTH = 40;
const ROOTS: ReadonlySet<string> = new Set(REGISTRY_ROOTS);

/**
 * Reads the root at the start of a Key Name: the nine roots ThreatConnect
 * accepts, their abbreviations (`HKLM`), other case (`hkey_local_machine`),
 * the PowerShell forms (`HKLM:\`, `Registry::`), regedit's address bar
 * (`Computer\`) and native NT paths (`\REGISTRY\MACHINE\`). Only the root is
 * ever rewritten: the rest of the key keeps its exact bytes and case.
 */
export function parseKeyRoot(key: string | undefined): KeyRootParse {
  if (key === undefined || key.trim() === '') return { kind: 'missing' };
  const departures: KeyRootDeparture[] = [];
  LEADING_WHITESPACE.lastIndex = 0;
  LEADING_WHITESPACE.test(key);
  let i = LEADING_WHITESPACE.lastIndex;
  if (i > 0) departures.push('leadingWhitespace');
  const prefixStart = i;

  if (startsWithAsciiCase(key, REGEDIT_PREFIX, i)) {
    departures.push('regeditPrefix');
    i += REGEDIT_PREFIX.length;
  }
  const provider = providerPrefixAt(key, i);
  if (provider) {
    departures.push('providerPrefix');
    i += provider.length;
  }
  const prefix = key.slice(prefixStart, i);

  if (startsWithAsciiCase(key, NATIVE_PREFIX, i)) {
    const nameStart = i + NATIVE_PREFIX.length;
    const end = segmentEnd(key, nameStart);
    const root = lookup(NATIVE_ROOTS, asciiUpper(key.slice(nameStart, Math.min(end, nameStart + MAX_ROOT_LENGTH + 1))));
    const written = key.slice(i, end);
    if (!root) return { kind: 'unknownNative', written };
    departures.push('nativePath');
    return fixable(key, root, end, departures, written, prefix);
  }

  const end = segmentEnd(key, i);
  const segment = key.slice(i, Math.min(end, i + MAX_ROOT_LENGTH + 1));
  const drive = segment.endsWith(':');
  const name = drive ? segment.slice(0, -1) : segment;
  const upper = asciiUpper(name);
  const abbreviated = lookup(ROOT_ABBREVIATIONS, upper);
  const root = ROOTS.has(upper) ? (upper as RegistryRoot) : abbreviated;
  if (root) {
    if (drive) departures.push('powershellDrive');
    if (abbreviated) departures.push('abbreviation');
    else if (name !== upper) departures.push('rootCase');
    if (departures.length === 0) return { kind: 'valid', root, restStart: end };
    return fixable(key, root, end, departures, segment, prefix);
  }
  const unsupported = lookup(UNSUPPORTED_ROOTS, upper);
  if (unsupported) return { kind: 'unsupported', root: unsupported, written: segment };
  return unrecognized(key, i, end);
}

/** `parseKeyRoot` as the engine's shared analysis: detect and every rule read one parse of a Key Name. */
export const keyRoot = defineAnalysis('registry-key/root', parseKeyRoot);

/** The Key Name with its root written as ThreatConnect wants it, or undefined when the root is not one it accepts. */
export function canonicalKeyName(key: string): string | undefined {
  const parsed = parseKeyRoot(key);
  if (parsed.kind === 'valid') return key;
  return parsed.kind === 'fixable' ? parsed.fixed : undefined;
}

function fixable(key: string, root: RegistryRoot, restStart: number, departures: KeyRootDeparture[], written: string, prefix: string): KeyRootParse {
  return { kind: 'fixable', root, restStart, fixed: root + key.slice(restStart), departures, written, prefix };
}

function providerPrefixAt(key: string, at: number): string | undefined {
  for (const prefix of PROVIDER_PREFIXES) if (startsWithAsciiCase(key, prefix, at)) return prefix;
  return undefined;
}

/** A record's own entry (never one inherited from Object.prototype). */
function lookup<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

/** Index of the backslash that ends the segment starting at `start`, or the end of the key. */
function segmentEnd(key: string, start: number): number {
  const end = key.indexOf('\\', start);
  return end < 0 ? key.length : end;
}

function unrecognized(key: string, start: number, end: number): KeyRootParse {
  const slash = key.indexOf('/', start);
  if (slash > start && slash < end) {
    const before = asciiUpper(key.slice(start, Math.min(slash, start + MAX_ROOT_LENGTH + 1)));
    if (ROOTS.has(before) || lookup(ROOT_ABBREVIATIONS, before)) return { kind: 'forwardSlash', written: key.slice(start, slash + 1) };
  }
  // a key that starts with "\" shows the segment after it, so the message names something
  const shownEnd = end === start ? segmentEnd(key, start + 1) : end;
  return { kind: 'unknown', written: key.slice(start, shownEnd) };
}
