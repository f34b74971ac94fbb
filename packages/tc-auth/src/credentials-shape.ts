/**
 * Length and shape of credentials, never their characters: safe to show
 * for a token or a signature (`65 characters in 2 colon-separated parts`).
 */
export function describeCredentials(credentials: string): string {
  if (credentials === '') return 'no credentials';
  let parts = 1;
  for (let i = credentials.indexOf(':'); i !== -1; i = credentials.indexOf(':', i + 1)) parts++;
  const classes: string[] = [];
  if (/\s/.test(credentials)) classes.push('whitespace');
  if (/[^\x20-\x7e]/.test(credentials)) classes.push('non-ASCII or control characters');
  const extra = classes.length ? `, including ${classes.join(' and ')}` : '';
  return `${credentials.length} characters in ${parts} colon-separated part${parts === 1 ? '' : 's'}${extra}`;
}
