/** What to do about each diagnosis; shared by the exchange and message rules. */

const NEW_TOKEN = 'Get a new token: regenerate the API user\'s token in API User Administration, or for a job token, let the job run again and issue one';
const TCEX_RENEWS = 'In a TcEx App, pass tc_token_expires together with tc_token so that TcEx renews the token before it expires';
const USE_KEYS = 'For long-running or local work, authenticate with an Access ID and secret key (tc_api_access_id, tc_api_secret_key) instead of a token';

export function expiredRemedies(): string[] {
  return [NEW_TOKEN, TCEX_RENEWS, USE_KEYS];
}

export function jobTokenRemedies(): string[] {
  return ['Job tokens expire 4 hours after they are issued: finish the work within that time, or renew the token before it expires', TCEX_RENEWS, USE_KEYS];
}

export function regeneratedRemedies(host?: string): string[] {
  return [
    'Copy the current token from API User Administration: regenerating an API token makes the previous one stop working at once',
    `Check that the token was issued by ${host ? `this instance (${host})` : 'the instance the request goes to'}, not by another one`,
    'Check that the token expiry given to tclint (tokenExpires, tc_token_expires) belongs to this token',
  ];
}

export function unknownCauseRemedies(): string[] {
  return [
    'Open API User Administration in ThreatConnect: it shows whether the API user\'s token has expired',
    'If the token was regenerated, use the new one: the previous token no longer works',
    'Job tokens expire 4 hours after they are issued; an older job token must be renewed or replaced',
    'Give tclint the token expiry (tokenExpires, which TcEx calls tc_token_expires) and the response Date header to tell these causes apart',
  ];
}

export function renewalRemedies(): string[] {
  return [
    'A token can be renewed only while the job that issued it exists: run the job again to get a new token',
    'Do not reuse a tc_token from an earlier run or from another App; each job run issues its own token',
    'For local runs and tests, authenticate with tc_api_access_id and tc_api_secret_key instead of tc_token',
  ];
}
