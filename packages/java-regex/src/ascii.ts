/** java.util.regex.ASCII: the character tests Pattern's parser uses. */
export const isAscii = (c: number) => c >= 0 && c < 0x80;
export const isUpper = (c: number) => c >= 0x41 && c <= 0x5a;
export const isLower = (c: number) => c >= 0x61 && c <= 0x7a;
export const isAlpha = (c: number) => isUpper(c) || isLower(c);
export const isDigit = (c: number) => c >= 0x30 && c <= 0x39;
export const isAlnum = (c: number) => isAlpha(c) || isDigit(c);
export const isHexDigit = (c: number) => isDigit(c) || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66);
/** Space, tab, line feed, vertical tab, form feed, carriage return. */
export const isSpace = (c: number) => c === 0x20 || (c >= 0x09 && c <= 0x0d);
export const toLower = (c: number) => (isUpper(c) ? c + 0x20 : c);
export const toUpper = (c: number) => (isLower(c) ? c - 0x20 : c);
export const toDigit = (c: number) => (isDigit(c) ? c - 0x30 : isUpper(c) ? c - 0x37 : c - 0x57);
