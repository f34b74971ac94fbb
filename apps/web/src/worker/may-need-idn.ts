const X = 0x78;
const N = 0x6e;
const HYPHEN = 0x2d;
const CASE_BIT = 0x20;

/**
 * Whether an input may hold a name that UTS #46 must read: a byte that is not
 * ASCII (a Unicode name, or bytes that are not UTF-8), or an `xn--` label in
 * any case. Other inputs are checked without the IDN tables.
 */
export function mayNeedIdn(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i]!;
    if (byte >= 0x80) return true;
    if ((byte | CASE_BIT) === X && (bytes[i + 1]! | CASE_BIT) === N && bytes[i + 2] === HYPHEN && bytes[i + 3] === HYPHEN) return true;
  }
  return false;
}
