/** The ThreatConnect field that holds a User Agent indicator's value. */
export const USER_AGENT_STRING = 'User Agent String';
