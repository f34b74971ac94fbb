/** The ThreatConnect field that holds a Hashtag indicator's value. */
export const HASHTAG = 'Hashtag';

/** The longest Hashtag accepted, in UTF-16 code units (ThreatConnect's limit for tags, applied to Hashtags; see README). */
export const MAX_HASHTAG_LENGTH = 128;
