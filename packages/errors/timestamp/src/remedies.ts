/** What to do about each finding. */
export const REMEDIES = {
  ntp: 'Synchronize the client\'s clock with NTP (timedatectl set-ntp true, w32tm /resync, chrony or ntpd): ThreatConnect accepts a Timestamp at most 300 s from its own clock.',
  seconds: 'Send whole seconds since the Unix epoch: Math.floor(Date.now() / 1000) in JavaScript, int(time.time()) in Python, System.currentTimeMillis() / 1000 in Java.',
  perRequest: 'Compute the Timestamp (and the signature over it) for each request just before sending it; do not cache it or reuse it across retries.',
  utc: 'Take the time from the epoch clock, not from local wall-clock time read as UTC (e.g. not time.mktime(datetime.utcnow().timetuple())).',
  resign: 'The signature covers the Timestamp: re-sign the Authorization header after changing it (signRequest() in @tclint/error-signature does both).',
  header: 'Send the header as "Timestamp: <seconds>", digits only, on every HMAC-signed request.',
  proxy: 'If a proxy, queue or retry layer delays requests or adds its own Date, measure against ThreatConnect\'s clock directly (the Date header of a fresh response).',
} as const;

/** The remedies for the class when only the error text is known. */
export const GENERAL_REMEDIES: readonly string[] = [REMEDIES.ntp, REMEDIES.seconds, REMEDIES.perRequest, REMEDIES.resign];
