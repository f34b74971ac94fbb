import { describe, expect, it } from 'vitest';
import { CsvRecordParser, csvQuote } from './csv-parser.js';

describe('CsvRecordParser', () => {
  it('parses plain, quoted and empty cells, keeping each cell’s exact text', () => {
    const step = new CsvRecordParser().feed('a,"b,c",,"say ""hi""",x"y', '\n');
    expect(step).toEqual({
      status: 'record',
      cells: [
        { value: 'a', raw: 'a' },
        { value: 'b,c', raw: '"b,c"' },
        { value: '', raw: '' },
        { value: 'say "hi"', raw: '"say ""hi"""' },
        { value: 'x"y', raw: 'x"y' },
      ],
    });
  });

  it('continues a quoted cell over line breaks, keeping CRLF', () => {
    const parser = new CsvRecordParser();
    expect(parser.feed('1,"line one', '\r\n')).toEqual({ status: 'open' });
    expect(parser.open).toBe(true);
    expect(parser.feed('line two",3', '\n')).toEqual({
      status: 'record',
      cells: [
        { value: '1', raw: '1' },
        { value: 'line one\r\nline two', raw: '"line one\r\nline two"' },
        { value: '3', raw: '3' },
      ],
    });
  });

  it('reports text after a closing quote, with its column', () => {
    expect(new CsvRecordParser().feed('a,"b"c', '\n')).toEqual({ status: 'error', message: 'unexpected "c" after a closing quote', column: 6 });
  });

  it('uses another delimiter', () => {
    const step = new CsvRecordParser('\t').feed('a,b\tc', '');
    expect(step.status === 'record' && step.cells.map((c) => c.value)).toEqual(['a,b', 'c']);
  });
});

describe('csvQuote', () => {
  it('quotes only when needed', () => {
    expect(csvQuote('ASN1')).toBe('ASN1');
    expect(csvQuote('a,b')).toBe('"a,b"');
    expect(csvQuote('say "x"')).toBe('"say ""x"""');
    expect(csvQuote('a\nb')).toBe('"a\nb"');
  });
});
