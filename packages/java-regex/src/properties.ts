import { fixed, type CharPredicate } from './char-predicates.js';
import { SET_OF } from './unicode/java-tables.js';
import { propertySet } from './unicode/tables.js';

/** Names CharPredicates.forProperty answers with a BmpCharPredicate (ASCII ranges and ctypes). */
const BMP_PROPERTIES = new Set(['L1', 'ASCII', 'Alnum', 'Alpha', 'Blank', 'Cntrl', 'Digit', 'Graph', 'Lower', 'Print', 'Punct', 'Space', 'Upper', 'XDigit']);
/** CharPredicates.getPosixPredicate's names (used by \p{IsName} and, under UNICODE_CHARACTER_CLASS, \p{name}). */
const POSIX_NAMES = new Set(['ALPHA', 'LOWER', 'UPPER', 'SPACE', 'PUNCT', 'XDIGIT', 'ALNUM', 'CNTRL', 'DIGIT', 'BLANK', 'GRAPH', 'PRINT']);

export type PropertyLookup =
  | { found: CharPredicate }
  | { unknown: string }
  | { unsupported: string };

function lookup(query: string, caseInsensitive: boolean, bmp: boolean): CharPredicate | undefined {
  const set = propertySet(caseInsensitive ? `i:${query}` : query);
  return set ? fixed(set, bmp) : undefined;
}

/** CharPredicates.forProperty: categories (`Lu`, `L`), POSIX (`Alpha`) and java.lang.Character (`javaLowerCase`) names, case-sensitive. */
function forProperty(name: string, caseInsensitive: boolean): CharPredicate | undefined {
  if (name.startsWith('Is') || name.includes(':') || !(name in SET_OF)) return undefined;
  return lookup(name, caseInsensitive, BMP_PROPERTIES.has(name));
}

/** CharPredicates.forUnicodeProperty: binary properties and POSIX names, any case. */
function forUnicodeProperty(name: string, caseInsensitive: boolean): CharPredicate | undefined {
  const upper = name.toUpperCase();
  if (!(`Is${upper}` in SET_OF)) return undefined;
  return lookup(`Is${upper}`, caseInsensitive, false);
}

/**
 * Pattern.family's name resolution for `\p{name}` / `\pL`: the predicate, or why Java refuses the
 * name (`unknown`, Pattern's own message), or why this package does (`unsupported`: Unicode
 * scripts and blocks).
 */
export function resolveProperty(name: string, options: { caseInsensitive: boolean; unicodeCharacterClass: boolean }): PropertyLookup {
  const { caseInsensitive } = options;
  const equals = name.indexOf('=');
  if (equals !== -1) {
    const value = name.slice(equals + 1);
    const key = name.slice(0, equals).toLowerCase();
    if (key === 'gc' || key === 'general_category') {
      const found = forProperty(value, caseInsensitive);
      if (found) return { found };
    } else if (key === 'sc' || key === 'script' || key === 'blk' || key === 'block') {
      return { unsupported: `Unicode ${key.startsWith('b') ? 'blocks' : 'scripts'} (\\p{${name}}) are not supported` };
    }
    return { unknown: `Unknown Unicode property {name=<${key}>, value=<${value}>}` };
  }
  if (name.startsWith('In')) return { unsupported: `Unicode blocks (\\p{${name}}) are not supported` };
  if (name.startsWith('Is')) {
    const shortName = name.slice(2);
    const found = forUnicodeProperty(shortName, caseInsensitive) ?? forProperty(shortName, caseInsensitive);
    if (found) return { found };
    return { unsupported: `\\p{${name}} is not a binary property or general category; Unicode scripts are not supported` };
  }
  if (options.unicodeCharacterClass && POSIX_NAMES.has(name.toUpperCase())) {
    const found = lookup(`Is${name.toUpperCase()}`, caseInsensitive, false);
    if (found) return { found };
  }
  const found = forProperty(name, caseInsensitive);
  return found ? { found } : { unknown: `Unknown character property name {${name}}` };
}
