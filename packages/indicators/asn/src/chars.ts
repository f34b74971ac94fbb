/** True for ASCII `0`..`9` only (other scripts' digits are not AS numbers). */
export function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}
