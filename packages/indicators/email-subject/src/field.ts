/** The ThreatConnect field that holds an Email Subject indicator's value. */
export const SUBJECT = 'Subject';
