/** What a Timestamp header holds. */
export type TimestampReading =
  | { kind: 'missing' }
  | { kind: 'seconds'; text: string; seconds: number }
  /** Whole milliseconds, microseconds or nanoseconds since the epoch: 12–20 digits. */
  | { kind: 'subsecond'; text: string; unit: SubsecondUnit; seconds: number }
  /** Seconds with a fraction: `1700000000.123` (Python's `str(time.time())`). */
  | { kind: 'fraction'; text: string; seconds: number }
  /** A date with an explicit zone: `2023-11-14T22:13:20Z`, `Tue, 14 Nov 2023 22:13:20 GMT`. */
  | { kind: 'date'; text: string; seconds: number }
  | { kind: 'invalid'; text: string };

export type SubsecondUnit = 'milliseconds' | 'microseconds' | 'nanoseconds';

const UNITS: readonly { unit: SubsecondUnit; minDigits: number; maxDigits: number; drop: number }[] = [
  { unit: 'milliseconds', minDigits: 12, maxDigits: 14, drop: 3 },
  { unit: 'microseconds', minDigits: 15, maxDigits: 17, drop: 6 },
  { unit: 'nanoseconds', minDigits: 18, maxDigits: 20, drop: 9 },
];

/** Longest text read as a date (anything longer is not one). */
const MAX_DATE_LENGTH = 64;

/** Reads a Timestamp header value (surrounding whitespace is ignored, as HTTP does). Never throws. */
export function readTimestamp(header: string | undefined): TimestampReading {
  const text = header?.trim() ?? '';
  if (text === '') return { kind: 'missing' };
  const digits = leadingDigits(text);
  if (digits === text.length) {
    const significant = text.replace(/^0+(?=\d)/, '');
    if (significant.length <= 11) return { kind: 'seconds', text, seconds: Number(text) };
    const unit = UNITS.find((u) => significant.length >= u.minDigits && significant.length <= u.maxDigits);
    if (unit) return { kind: 'subsecond', text, unit: unit.unit, seconds: Number(significant.slice(0, -unit.drop)) };
    return { kind: 'invalid', text };
  }
  if (digits > 0 && digits <= 11 && text[digits] === '.' && digits + 1 < text.length && leadingDigits(text, digits + 1) === text.length) {
    return { kind: 'fraction', text, seconds: Number(text.slice(0, digits)) };
  }
  const date = readDate(text);
  if (date !== undefined) return { kind: 'date', text, seconds: date };
  return { kind: 'invalid', text };
}

/** Index of the first non-digit at or after `from`. */
function leadingDigits(text: string, from = 0): number {
  let i = from;
  while (i < text.length && text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57) i++;
  return i;
}

/**
 * Epoch seconds of a date that names its zone (ISO 8601 with `Z` or an
 * offset, or an HTTP/RFC 2822 date in GMT/UTC). Dates without a zone are
 * refused: `Date.parse` would read them in the local zone of whoever runs tclint.
 */
export function readDate(text: string): number | undefined {
  if (text.length > MAX_DATE_LENGTH || !text.includes(':')) return undefined;
  const upper = text.toUpperCase();
  const iso = text.length >= 20 && text[4] === '-' && text[7] === '-' && (text[10] === 'T' || text[10] === 't' || text[10] === ' ');
  const zoned = iso ? /(?:Z|[+-]\d\d:?\d\d)$/i.test(text) : /\b(?:GMT|UTC|UT|Z)$|[+-]\d{4}$/.test(upper);
  if (!zoned) return undefined;
  const ms = Date.parse(iso ? text.replace(' ', 'T') : text);
  return Number.isFinite(ms) ? Math.floor(ms / 1000) : undefined;
}
