import { findPhrase } from '@tclint/core';
import { straightenQuotes } from './quotes.js';

/** The TcEx error texts this package recognizes (matched ignoring case and quote style). */
export const TCEX_TEXTS = {
  missingMainModule: "can't find '__main__' module in '<path>'",
  notInAppDirectory: 'Not in App directory.',
  missingCredentials:
    'At least one set of ThreatConnect credentials must be provided (tc_api_access_id/tc_api_secret key OR tc_token/tc_token_expires).',
} as const;

export type TcexTextKind = keyof typeof TCEX_TEXTS;

const PHRASES: Record<TcexTextKind, string> = {
  missingMainModule: "can't find '__main__' module",
  notInAppDirectory: 'not in app directory',
  missingCredentials: 'at least one set of threatconnect credentials must be provided',
};

export interface FoundTcexText {
  kind: TcexTextKind;
  index: number;
  /** missingMainModule: the directory or archive Python ran, as it printed it (undefined when the message names none). */
  path?: string;
}

/** Every known text in `text` (first occurrence of each), in the order they appear. */
export function findTcexTexts(text: string): FoundTcexText[] {
  const straight = straightenQuotes(text);
  const found: FoundTcexText[] = [];
  for (const kind of Object.keys(PHRASES) as TcexTextKind[]) {
    const index = findPhrase(straight, PHRASES[kind]);
    if (index === -1) continue;
    const entry: FoundTcexText = { kind, index };
    if (kind === 'missingMainModule') {
      const path = readPath(straight, index + PHRASES[kind].length);
      if (path !== undefined) entry.path = path;
    }
    found.push(entry);
  }
  return found.sort((a, b) => a.index - b.index);
}

const MAX_PATH = 4096;

/**
 * Reads the ` in '<path>'` after Python's message. Python prints the path
 * with repr(): in single quotes, or in double quotes when it contains a
 * single quote, with backslashes doubled.
 */
function readPath(text: string, from: number): string | undefined {
  let i = from;
  while (text[i] === ' ') i++;
  if (text.slice(i, i + 2).toLowerCase() !== 'in') return undefined;
  i += 2;
  if (text[i] !== ' ') return undefined;
  while (text[i] === ' ') i++;
  const quote = text[i];
  if (quote !== "'" && quote !== '"') return undefined;
  let path = '';
  for (let j = i + 1; j < text.length && j - i <= MAX_PATH; j++) {
    const ch = text[j]!;
    if (ch === quote) return path;
    if (ch === '\n' || ch === '\r') break;
    if (ch === '\\' && j + 1 < text.length && (text[j + 1] === '\\' || text[j + 1] === "'" || text[j + 1] === '"')) {
      path += text[j + 1];
      j++;
    } else path += ch;
  }
  return undefined;
}
