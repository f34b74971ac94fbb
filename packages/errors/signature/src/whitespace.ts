import { preview } from '@tclint/core';

const NAMES: Record<string, string> = {
  ' ': 'space',
  '\t': 'tab',
  '\n': 'newline',
  '\r': 'carriage return',
};

/** Names the whitespace around a text: `a trailing newline`, `2 leading spaces and a trailing tab`. */
export function describeSurroundingWhitespace(text: string): string {
  const leading = text.slice(0, text.length - text.trimStart().length);
  const trailing = leading.length === text.length ? '' : text.slice(text.trimEnd().length);
  if (!leading && !trailing) return 'no whitespace';
  const parts = [];
  if (leading) parts.push(describeRun('leading', leading));
  if (trailing) parts.push(describeRun('trailing', trailing));
  return parts.join(' and ');
}

/** `a trailing newline`, `a trailing carriage return and newline`, `3 leading spaces`. */
function describeRun(side: 'leading' | 'trailing', run: string): string {
  if (run === '\r\n') return `a ${side} carriage return and newline`;
  const first = run[0] ?? '';
  let same = true;
  for (let i = 1; i < run.length && same; i++) same = run[i] === first;
  if (!same) return `${side} whitespace ${preview(run, 20)}`;
  const name = NAMES[first] ?? `U+${first.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
  return run.length === 1 ? `a ${side} ${name}` : `${run.length} ${side} ${name}s`;
}
