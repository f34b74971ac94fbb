/** The ThreatConnect field that holds an ASN indicator's value. */
export const AS_NUMBER = 'AS Number';

