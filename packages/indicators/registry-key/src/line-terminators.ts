/**
 * The first of Java's line terminators (line feed, carriage return, U+0085,
 * U+2028, U+2029) in a value, which `.` in ThreatConnect's Registry Key
 * patterns does not match: a Key Name or Value Name with one is refused.
 */
export function firstLineTerminator(value: string): { index: number; name: string } | undefined {
  const index = value.search(LINE_TERMINATOR);
  if (index < 0) return undefined;
  const code = value.charCodeAt(index);
  return { index, name: `${NAMES[code]} (U+${code.toString(16).toUpperCase().padStart(4, '0')})` };
}

// one character class: linear on any input
const LINE_TERMINATOR = /[\n\r\u0085\u2028\u2029]/;
const NAMES: Readonly<Record<number, string>> = { 0x0a: 'line feed', 0x0d: 'carriage return', 0x85: 'next line', 0x2028: 'line separator', 0x2029: 'paragraph separator' };
