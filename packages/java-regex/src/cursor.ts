import { isSpace } from './ascii.js';
import { JavaRegexError } from './errors.js';
import { JAVA_FLAGS } from './flags.js';
import type { PatternText } from './pattern-text.js';

/**
 * Pattern's reading primitives over the pattern's code points (peek, read, next, skip...), with
 * the same treatment of COMMENTS mode (whitespace and #-comments skipped by the non-escaped
 * readers), so that the parser built on them reads every pattern as Pattern does.
 */
export class PatternCursor {
  readonly temp: number[];
  readonly patternLength: number;
  cursor = 0;
  /** Pattern.flags0: the flags in force at the cursor. */
  flags0: number;

  constructor(
    private readonly text: PatternText,
    readonly source: string,
    flags: number,
  ) {
    this.temp = [...text.points];
    this.patternLength = text.length;
    this.flags0 = flags;
  }

  has(flag: number): boolean {
    return (this.flags0 & flag) !== 0;
  }

  at(index: number): number {
    return this.temp[index] ?? 0;
  }

  peek(): number {
    let ch = this.at(this.cursor);
    if (this.has(JAVA_FLAGS.COMMENTS)) ch = this.peekPastWhitespace(ch);
    return ch;
  }

  read(): number {
    let ch = this.at(this.cursor++);
    if (this.has(JAVA_FLAGS.COMMENTS)) ch = this.parsePastWhitespace(ch);
    return ch;
  }

  readEscaped(): number {
    return this.at(this.cursor++);
  }

  next(): number {
    let ch = this.at(++this.cursor);
    if (this.has(JAVA_FLAGS.COMMENTS)) ch = this.peekPastWhitespace(ch);
    return ch;
  }

  nextEscaped(): number {
    return this.at(++this.cursor);
  }

  skip(): number {
    const i = this.cursor;
    const ch = this.at(i + 1);
    this.cursor = i + 2;
    return ch;
  }

  unread(): void {
    this.cursor--;
  }

  accept(ch: number, message: string): void {
    let testChar = this.at(this.cursor++);
    if (this.has(JAVA_FLAGS.COMMENTS)) testChar = this.parsePastWhitespace(testChar);
    if (ch !== testChar) throw this.error(message);
  }

  mark(c: number): void {
    this.temp[this.patternLength] = c;
  }

  private peekPastWhitespace(ch: number): number {
    while (isSpace(ch) || ch === 0x23) {
      while (isSpace(ch)) ch = this.at(++this.cursor);
      if (ch === 0x23) ch = this.peekPastLine();
    }
    return ch;
  }

  private parsePastWhitespace(ch: number): number {
    while (isSpace(ch) || ch === 0x23) {
      while (isSpace(ch)) ch = this.at(this.cursor++);
      if (ch === 0x23) ch = this.parsePastLine();
    }
    return ch;
  }

  private parsePastLine(): number {
    let ch = this.at(this.cursor++);
    while (ch !== 0 && !this.isLineSeparator(ch)) ch = this.at(this.cursor++);
    if (ch === 0 && this.cursor > this.patternLength) {
      this.cursor = this.patternLength;
      ch = this.at(this.cursor++);
    }
    return ch;
  }

  private peekPastLine(): number {
    let ch = this.at(++this.cursor);
    while (ch !== 0 && !this.isLineSeparator(ch)) ch = this.at(++this.cursor);
    if (ch === 0 && this.cursor > this.patternLength) {
      this.cursor = this.patternLength;
      ch = this.at(this.cursor);
    }
    return ch;
  }

  private isLineSeparator(ch: number): boolean {
    if (this.has(JAVA_FLAGS.UNIX_LINES)) return ch === 0x0a;
    return ch === 0x0a || ch === 0x0d || (ch | 1) === 0x2029 || ch === 0x85;
  }

  /** UTF-16 offset in the source of the code point at `index`. */
  offsetOf(index: number): number {
    const clamped = Math.max(0, Math.min(index, this.text.origin.length - 1));
    return this.text.origin[clamped] ?? this.source.length;
  }

  /** Where Pattern.error points: the code point before the cursor. */
  get errorOffset(): number {
    return this.offsetOf(this.cursor - 1);
  }

  /** Pattern's own PatternSyntaxException: Java refuses the pattern. */
  error(description: string): JavaRegexError {
    return new JavaRegexError('syntax', description, this.source, this.errorOffset);
  }

  /** A construct Java accepts that this package does not translate. */
  unsupported(description: string, index = this.cursor - 1): JavaRegexError {
    return new JavaRegexError('unsupported', description, this.source, this.offsetOf(index));
  }
}
