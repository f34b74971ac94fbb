import { shapeFilter, SHAPE, SUMMARY_SEPARATOR, withoutSurroundingWhitespace, type Detection } from '@tclint/core';

const TYPE = 'Email Subject';

/**
 * Reply and forward prefixes mail clients put before a subject, in several
 * languages (English, German, Scandinavian, French, Spanish, Dutch, Italian,
 * Polish, Turkish, Portuguese), lower case.
 */
export const REPLY_PREFIXES: ReadonlySet<string> = new Set(['re', 'fw', 'fwd', 'aw', 'wg', 'sv', 'vs', 'tr', 'rv', 'antw', 'doorst', 'rif', 'odp', 'ynt', 'enc']);

/**
 * An email subject is any text, so a bare string says little. Two signals:
 * a reply or forward prefix (`Re: Invoice overdue`, `FW: scan`) makes a
 * subject likely; several words without the marks of other indicator types
 * (`/`, `\`, `@`, a leading `#`, the ` : ` of a summary) only could be one,
 * so the engine calls such text ambiguous rather than guessing.
 */
export function detectEmailSubject(value: string): Detection | undefined {
  const text = withoutSurroundingWhitespace(value) ?? value;
  if (hasReplyPrefix(text)) return { type: TYPE, confidence: 0.6 };
  if (looksLikeProse(text)) return { type: TYPE, confidence: 0.2 };
  return undefined;
}

function hasReplyPrefix(text: string): boolean {
  const colon = text.indexOf(':');
  if (colon < 1 || colon > 6) return false;
  if (!REPLY_PREFIXES.has(text.slice(0, colon).toLowerCase())) return false;
  return text.slice(colon + 1).trim() !== '';
}

function looksLikeProse(text: string): boolean {
  if (text.startsWith('#') || text.includes(SUMMARY_SEPARATOR)) return false;
  if (!SPACE_BETWEEN_WORDS.test(text)) return false;
  return !OTHER_TYPE_MARKS.test(text);
}

// single character classes: linear on any input
const SPACE_BETWEEN_WORDS = /\S\s+\S/;
const OTHER_TYPE_MARKS = /[/\\@\u0000-\u001f\u007f-\u009f]/;

const subjectShape = shapeFilter({ any: SHAPE.COLON | SHAPE.WHITESPACE });
/** Marks that rule out prose (`OTHER_TYPE_MARKS` has them), leaving only a reply prefix. */
const NOT_PROSE = SHAPE.SLASH | SHAPE.BACKSLASH | SHAPE.AT;

/**
 * The values `detectEmailSubject` can recognize: whitespace between words
 * without the marks of other types (nor a summary's ` : `), or one of the
 * reply prefixes before the first colon (`https:` is none).
 */
export const mayDetectEmailSubject = (shape: number, length: number, value: string): boolean => {
  if (!subjectShape(shape, length)) return false;
  if ((shape & SHAPE.WHITESPACE) !== 0 && (shape & NOT_PROSE) === 0 && !value.trim().includes(SUMMARY_SEPARATOR)) return true;
  if ((shape & SHAPE.COLON) === 0) return false;
  const start = value.length - value.trimStart().length;
  const colon = value.indexOf(':', start);
  return colon - start >= 1 && colon - start <= 6 && REPLY_PREFIXES.has(value.slice(start, colon).toLowerCase());
};
