import { findDefangs, type Defang, type DefangFamily } from './find-defangs.js';

/** The value with the given defanged parts replaced by what they stand for. */
export function replaceDefangs(value: string, defangs: readonly Defang[]): string {
  if (defangs.length === 0) return value;
  let out = '';
  let last = 0;
  for (const d of defangs) {
    out += value.slice(last, d.start) + d.replacement;
    last = d.end;
  }
  return out + value.slice(last);
}

/**
 * Undoes every common defang style: `refang('hxxps[:]//evil[.]example[.]net/x')`
 * is `https://evil.example.net/x`; `refang('john[at]example(dot)com')` is
 * `john@example.com`. Only refang network indicators (Host, URL, Address,
 * CIDR, EmailAddress): in Registry Keys, Mutexes and User Agents brackets
 * are data. With `families`, only those kinds are undone.
 */
export function refang(value: string, families?: readonly DefangFamily[]): string {
  const defangs = findDefangs(value);
  return replaceDefangs(value, families ? defangs.filter((d) => families.includes(d.family)) : defangs);
}
