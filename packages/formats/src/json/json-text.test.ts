import { describe, expect, it } from 'vitest';
import { fastest } from '@tclint/rule-tester';
import { jsonErrorOffset, jsonLayout, stringifyLike, syntaxErrorPosition } from './json-text.js';

describe('jsonLayout / stringifyLike', () => {
  it('writes a document back with its indentation, line endings and final newline', () => {
    for (const text of ['{"a":1,"b":[1,2]}', '{\n  "a": 1,\n  "b": [\n    1\n  ]\n}\n', '{\r\n\t"a": 1\r\n}\r\n', '[\n    {\n        "x": "y"\n    }\n]']) {
      expect(stringifyLike(JSON.parse(text), jsonLayout(text))).toBe(text);
    }
  });

  it('finds the final line break after any whitespace, and none inside the document', () => {
    expect(jsonLayout('[1]\n \t\u00a0').trailingNewline).toBe(true);
    expect(jsonLayout('[1]\r\n').trailingNewline).toBe(true);
    expect(jsonLayout('[\n1]  ').trailingNewline).toBe(false);
    expect(jsonLayout('').trailingNewline).toBe(false);
  });

  it('reads the layout of a document of 200,000 line breaks in linear time', () => {
    const text = `[1${'\n'.repeat(200_000)}]`;
    expect(jsonLayout(text).trailingNewline).toBe(false);
    expect(fastest(() => jsonLayout(text))).toBeLessThan(100);
  });
});

function positionOfError(text: string) {
  try {
    JSON.parse(text);
  } catch (error) {
    return syntaxErrorPosition(error, text);
  }
  throw new Error('expected invalid JSON');
}

describe('syntax error positions', () => {
  it('finds the offset of the first error', () => {
    expect(jsonErrorOffset('{"a": ASN}')).toBe(6);
    expect(jsonErrorOffset('[1, 2,]')).toBe(6);
    expect(jsonErrorOffset('{"a": 1} x')).toBe(9);
    expect(jsonErrorOffset('[1, 2')).toBe(5);
    expect(jsonErrorOffset('{"a":1,}')).toBe(7);
    // jsonc-parser places an error inside a string at the string's start; Node's JSON.parse names
    // the exact character for these, and syntaxErrorPosition takes Node's position first
    expect(jsonErrorOffset('{"a":"\\x"}')).toBe(5);
    expect(jsonErrorOffset('"open')).toBe(0);
    expect(positionOfError('{"a":"\\x"}')).toEqual({ line: 1, column: 8 });
    expect(positionOfError('"open')).toEqual({ line: 1, column: 6 });
    expect(jsonErrorOffset('{"ok": [true, false, null, -1.5e3, "\\u00e9"]}')).toBeUndefined();
  });

  it('gives a 1-based line and column', () => {
    const text = '[\n  {"a": 1},\n  {"b": oops}\n]';
    let error: unknown;
    try {
      JSON.parse(text);
    } catch (e) {
      error = e;
    }
    expect(syntaxErrorPosition(error, text)).toEqual({ line: 3, column: 9 });
  });
});
