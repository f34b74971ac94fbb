/** The ThreatConnect field that holds a Hashtag indicator's value. */
export const HASHTAG = 'Hashtag';

/** The longest Hashtag ThreatConnect's pattern accepts, with its `#`: `#` and 255 word characters. */
export const MAX_HASHTAG_LENGTH = 256;

/** The shortest: `#` and two word characters (the pattern's `\w{1,254}[A-Za-z0-9]`). */
export const MIN_HASHTAG_LENGTH = 3;
