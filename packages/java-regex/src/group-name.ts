import { isAlnum, isAlpha } from './ascii.js';
import type { PatternCursor } from './cursor.js';

/** Pattern.groupname: an ASCII letter, then letters and digits, then '>'. */
export function groupName(c: PatternCursor, first: number): string {
  if (!isAlpha(first)) throw c.error('capturing group name does not start with a Latin letter');
  let name = '';
  let ch = first;
  do {
    name += String.fromCharCode(ch);
  } while (isAlnum((ch = c.read())));
  if (ch !== 0x3e) throw c.error("named capturing group is missing trailing '>'");
  return name;
}
