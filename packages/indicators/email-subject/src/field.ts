/** The ThreatConnect field that holds an Email Subject indicator's value. */
export const SUBJECT = 'Subject';

/** The most characters (code points) ThreatConnect's Email Subject pattern, `.{1,100}`, accepts. */
export const MAX_SUBJECT_LENGTH = 100;
