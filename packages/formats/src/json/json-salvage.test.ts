import { describe, expect, it } from 'vitest';
import { fastest } from '@tclint/rule-tester';
import { salvageArray } from './json-salvage.js';

const values = (text: string) => salvageArray(text)?.elements.map((e) => e.value);
const spans = (text: string) => salvageArray(text)?.elements.map((e) => text.slice(e.start, e.end));

describe('salvageArray', () => {
  it('reads the complete elements of an array cut mid-record', () => {
    const text = '[\n{"type":"ASN","AS Number":"AS 1"},\n{"type":"ASN","AS Number":"AS 2"},\n{"type":"ASN","AS Nu';
    expect(salvageArray(text)).toEqual({
      container: 'array',
      elements: [
        { value: { type: 'ASN', 'AS Number': 'AS 1' }, start: 2, end: 35 },
        { value: { type: 'ASN', 'AS Number': 'AS 2' }, start: 37, end: 70 },
      ],
    });
  });

  it('skips strings with escaped quotes, backslashes and brackets, and nested values', () => {
    const text = String.raw`[{"a":"x\"]}{[","b":[1,{"c":"\\"}]}, "s\\", 3, true, null, [[[]]], {"cut":"\"`;
    expect(values(text)).toEqual([{ a: 'x"]}{[', b: [1, { c: '\\' }] }, 's\\', 3, true, null, [[[]]]]);
  });

  it('stops at the first element that is not valid JSON, so nothing after the break is read', () => {
    expect(values('[{"a":1}, {"b": oops}, {"c":3}]')).toEqual([{ a: 1 }]);
    expect(values('[{"a":1} {"c":3}]')).toEqual([{ a: 1 }]);
    expect(values('[{"a":1},, {"c":3}]')).toEqual([{ a: 1 }]);
    expect(values('[{"a":1}, {"b":2]}, {"c":3}]')).toEqual([{ a: 1 }]);
    expect(values('[1, 2x, 3]')).toEqual([1]);
    expect(values('[{"a":"line\nbreak"}]')).toEqual([]);
  });

  it('does not take a number or literal cut at the end of the text', () => {
    expect(values('[1, 23')).toEqual([1]);
    expect(values('[1, tru')).toEqual([1]);
    expect(values('[')).toEqual([]);
    expect(values('  [  ')).toEqual([]);
  });

  it('reads all the elements when the break is after the array', () => {
    expect(values('[{"a":1}, 2] trailing')).toEqual([{ a: 1 }, 2]);
    expect(values('[]x')).toEqual([]);
    expect(values('[1,]')).toEqual([1]);
  });

  it('finds the indicator array of a v2 batch document after other valid keys', () => {
    const text = '{"group": [{"name": "g", "x": "]"}], "indicator": [{"type":"ASN","summary":"AS 1"}, {"type":"ASN","summ';
    expect(salvageArray(text)).toMatchObject({ container: 'indicator' });
    expect(spans(text)).toEqual(['{"type":"ASN","summary":"AS 1"}']);
    // complete indicators, the document broken after them
    expect(values('{"indicator": [{"summary":"a"}], "group": [{"na')).toEqual([{ summary: 'a' }]);
  });

  it('reads nothing of a batch document broken before its indicator array, and nothing of other documents', () => {
    expect(salvageArray('{"group": [oops], "indicator": [{"summary":"a"}]')).toBeUndefined();
    expect(salvageArray('{"gro')).toBeUndefined();
    expect(salvageArray('{"indicator": {"summary": "a"}')).toBeUndefined();
    expect(salvageArray('{"type":"ASN","AS Number":"AS 1"')).toBeUndefined();
    expect(salvageArray('"text')).toBeUndefined();
    expect(salvageArray('')).toBeUndefined();
  });

  const best = (text: string) => fastest(() => salvageArray(text));

  it('scans 1 MB of nesting, brackets, quotes or backslashes in well under 100 ms', () => {
    const inputs = [`[${'['.repeat(1 << 20)}`, `[${'{"a":'.repeat(1 << 18)}`, `["${'\\"'.repeat(1 << 19)}`, `[${'}'.repeat(1 << 20)}`, `[{"a":"${'\\'.repeat(1 << 20)}`];
    for (const text of inputs) expect(best(text), text.slice(0, 12)).toBeLessThan(100);
  });

  it('stays linear on 64 Ki tiny elements, valid or with the break at the very end', () => {
    // a quadratic scan would take minutes
    const n = 1 << 16;
    const inputs = [`[${'1,'.repeat(n)}`, `[${'1,'.repeat(n)}1x]`, `[${'"\\\\",'.repeat(n)}`, `{${'"k":1,'.repeat(n)}"indicator":[1,`];
    for (const text of inputs) expect(best(text), text.slice(0, 12)).toBeLessThan(1000);
    expect(salvageArray(inputs[1]!)?.elements).toHaveLength(n);
    expect(salvageArray(inputs[2]!)?.elements).toHaveLength(n);
  });
});
