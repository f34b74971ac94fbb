import { visit } from 'jsonc-parser';

/** How a JSON document was laid out, so it can be written back the same way. */
export interface JsonLayout {
  indent: string | number;
  trailingNewline: boolean;
  eol: '\n' | '\r\n';
}

/** Reads the indentation (of the first indented line), line ending and final newline of a JSON text. */
export function jsonLayout(text: string): JsonLayout {
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const trailingNewline = endsWithLineBreak(text);
  const firstBreak = text.indexOf('\n');
  let indent: string | number = 0;
  if (firstBreak !== -1) {
    let end = firstBreak + 1;
    while (end < text.length && (text[end] === ' ' || text[end] === '\t')) end++;
    const whitespace = text.slice(firstBreak + 1, end);
    if (whitespace) indent = /^ +$/.test(whitespace) ? whitespace.length : whitespace;
  }
  return { indent, trailingNewline, eol };
}

/** Whether the whitespace a text ends with holds a line break (`/\r?\n\s*$/`, without its quadratic backtracking). */
function endsWithLineBreak(text: string): boolean {
  for (let i = text.length - 1; i >= 0; i--) {
    const char = text[i]!;
    if (char === '\n') return true;
    if (!WHITESPACE.test(char)) return false;
  }
  return false;
}

const WHITESPACE = /\s/;

/** Serializes a value with a layout read by `jsonLayout`. */
export function stringifyLike(value: unknown, layout: JsonLayout): string {
  let text = JSON.stringify(value, null, layout.indent) ?? 'null';
  if (layout.eol === '\r\n') text = text.replace(/\n/g, '\r\n');
  return layout.trailingNewline ? text + layout.eol : text;
}

/** Where in a JSON text an offset is (1-based line and column). */
export function positionOf(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

/** The position of a `JSON.parse` syntax error, when the message gives one. */
export function syntaxErrorPosition(error: unknown, text: string): { line: number; column: number } | undefined {
  const message = error instanceof Error ? error.message : '';
  const lineColumn = /line (\d+) column (\d+)/.exec(message);
  if (lineColumn) return { line: Number(lineColumn[1]), column: Number(lineColumn[2]) };
  const position = /position (\d+)/.exec(message);
  if (position) return positionOf(text, Number(position[1]));
  const offset = jsonErrorOffset(text);
  return offset === undefined ? undefined : positionOf(text, offset);
}

/**
 * The offset of the first JSON syntax error in a text (Node 20's JSON.parse
 * does not always say where), as jsonc-parser finds it; undefined when the
 * text is valid or too deeply nested to scan.
 */
export function jsonErrorOffset(text: string): number | undefined {
  let found: number | undefined;
  try {
    visit(
      text,
      {
        onError(_error, offset) {
          found = offset;
          throw FOUND;
        },
      },
      { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false },
    );
  } catch (error) {
    if (error !== FOUND) return undefined;
  }
  return found;
}

/** Stops the visit at the first error (jsonc-parser reads on after one). */
const FOUND = Symbol('found');
