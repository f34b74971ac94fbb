/** The ThreatConnect field that holds a Mutex indicator's value. */
export const MUTEX = 'Mutex';
