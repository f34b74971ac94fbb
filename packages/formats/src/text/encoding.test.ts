import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chunked, collect, utf16Bytes } from '../testing/streams.js';
import { InputEncodingError, sniffEncoding, utf16AsUtf8, utf16Encoder, type Utf16Encoding } from './encoding.js';

const utf16 = utf16Bytes;

const textOf = async (chunks: AsyncIterable<Uint8Array>) => new TextDecoder('utf-8', { ignoreBOM: true }).decode(Buffer.concat(await collect(chunks)));

describe('sniffEncoding', () => {
  it('reads a UTF-16 byte order mark', () => {
    expect(sniffEncoding(utf16('\uFEFFWindows Registry Editor', 'utf-16le'))).toEqual({ encoding: 'utf-16le', bom: true });
    expect(sniffEncoding(utf16('\uFEFFx', 'utf-16be'))).toEqual({ encoding: 'utf-16be', bom: true });
  });

  it('without a BOM, takes a NUL in every other byte for UTF-16', () => {
    expect(sniffEncoding(utf16('HKLM\\Software\\Run\r\n', 'utf-16le'))).toEqual({ encoding: 'utf-16le', bom: false });
    expect(sniffEncoding(utf16('HKLM\\Software\\Run\r\n', 'utf-16be'))).toEqual({ encoding: 'utf-16be', bom: false });
  });

  it('leaves UTF-8 alone: text, the UTF-8 BOM, a stray NUL, a UTF-32 BOM, a tiny input', () => {
    for (const bytes of [Buffer.from('ASN1\nexample.com\n'), Buffer.from('\uFEFFtype,value\n'), Buffer.from('AS 1\nAS\u00002\nAS 3\n'), Buffer.from([0xff, 0xfe, 0, 0, 0x41, 0, 0, 0]), Buffer.from([0x41, 0])]) {
      expect(sniffEncoding(bytes)).toEqual({ encoding: 'utf-8' });
    }
  });
});

describe('utf16AsUtf8 and utf16Encoder', () => {
  it('decode UTF-16 across chunk boundaries (a unit or a surrogate pair cut in two) and encode it back byte for byte', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'grapheme', maxLength: 40 }), fc.constantFrom<Utf16Encoding>('utf-16le', 'utf-16be'), fc.boolean(), fc.integer({ min: 1, max: 9 }), async (text, encoding, bom, size) => {
        const bytes = utf16((bom ? '\uFEFF' : '') + text, encoding);
        const utf8 = Buffer.concat(await collect(utf16AsUtf8(chunked(bytes, size), encoding)));
        expect(new TextDecoder('utf-8', { ignoreBOM: true }).decode(utf8)).toBe((bom ? '\uFEFF' : '') + text);
        const encoder = utf16Encoder(encoding);
        const back: Uint8Array[] = [];
        for (let i = 0; i < utf8.length; i += size) back.push(encoder.encode(utf8.subarray(i, i + size)));
        back.push(encoder.flush());
        expect(Buffer.concat(back)).toEqual(Buffer.from(bytes));
      }),
    );
  });

  it('says where UTF-16 input cannot be read: an unpaired surrogate, an odd last byte', async () => {
    const lone = utf16('ab\uD800cd', 'utf-16le');
    const error = await textOf(utf16AsUtf8(chunked(lone, 3), 'utf-16le')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputEncodingError);
    expect(error).toMatchObject({ code: 'ERR_TCLINT_INPUT_ENCODING', byte: 4 });
    expect((error as Error).message).toBe(
      'the input is UTF-16LE text, and it is not valid UTF-16LE at byte 4 (an unpaired surrogate, or a last character cut in half); it cannot be read. Convert it to UTF-8 (e.g. iconv -f UTF-16LE -t UTF-8).',
    );
    const odd = Buffer.concat([Buffer.from(utf16('ab', 'utf-16be')), Buffer.from([0x41])]);
    await expect(textOf(utf16AsUtf8(chunked(odd, 2), 'utf-16be'))).rejects.toMatchObject({ byte: 4, encoding: 'utf-16be' });
  });
});
