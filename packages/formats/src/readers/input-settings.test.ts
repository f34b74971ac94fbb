import { describe, expect, it } from 'vitest';
import { parseColumns, readInputSettings } from './input-settings.js';

describe('input settings', () => {
  it('reads a column choice by name or 1-based position, and says what is wrong with one', () => {
    expect(parseColumns('type=Kind, value=2')).toEqual({ type: 'Kind', value: 2 });
    expect(parseColumns('value=0')).toBe('columns: value must be a header name or a position from 1 (got 0)');
    expect(parseColumns('value=a,value=b')).toBe('columns: value is given twice');
    expect(parseColumns('name=a')).toMatch(/^columns: expected type=COLUMN/);
  });

  it('reads the input key of a config, collecting every problem', () => {
    const problems: string[] = [];
    expect(readInputSettings({ comments: false, columns: { value: 'Host' } }, 'tclint.json', problems)).toEqual({ comments: false, columns: { value: 'Host' } });
    expect(problems).toEqual([]);
    expect(readInputSettings({ comments: 'no', columns: { kind: 1 }, extra: 1 }, 'c.json', problems)).toEqual({ columns: {} });
    expect(problems).toEqual(['c.json: input: unknown key "extra" (expected comments, columns)', 'c.json: input.comments must be true or false', 'c.json: input.columns: unknown key "kind" (expected type, value)']);
  });
});
