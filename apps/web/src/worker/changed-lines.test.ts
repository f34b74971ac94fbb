import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { changedLines } from './changed-lines.js';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('changedLines', () => {
  it('numbers the lines that differ, a changed line ending included', () => {
    expect(changedLines(bytes('a\nb\r\nc\n'), bytes('a\nB\r\nc\n'), [])).toEqual([2]);
    expect(changedLines(bytes('a\nb\r\nc'), bytes('a\nb\nc'), [])).toEqual([2]);
    expect(changedLines(bytes('same\n'), bytes('same\n'), [])).toEqual([]);
  });

  it('falls back to the fixed records\' lines when a fix changed the number of lines', () => {
    expect(changedLines(bytes('a\nb\n'), bytes('a\nb\nc\n'), [2])).toEqual([2]);
  });

  it('finds exactly the lines that were replaced', () => {
    const line = fc.stringMatching(/^[a-z:. ]{0,8}$/);
    fc.assert(
      fc.property(fc.array(fc.tuple(line, fc.option(line, { nil: undefined })), { maxLength: 30 }), (lines) => {
        const before = lines.map(([a]) => a).join('\n');
        const after = lines.map(([a, b]) => b ?? a).join('\n');
        const expected = lines.flatMap(([a, b], i) => (b !== undefined && b !== a ? [i + 1] : []));
        expect(changedLines(bytes(before), bytes(after), [])).toEqual(expected);
      }),
    );
  });
});
