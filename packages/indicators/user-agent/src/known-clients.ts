/**
 * Product names that make a lone `name/version` a User-Agent string: HTTP
 * clients and libraries whose default header is just that (`curl/8.4.0`,
 * `python-requests/2.31.0`), lower case. A lone product of another name
 * (`HTTP/1.1`, or base64 that happens to hold a `/`) is no evidence.
 */
export const KNOWN_CLIENTS: ReadonlySet<string> = new Set([
  'curl', 'wget', 'python-requests', 'python-urllib', 'python-httpx', 'aiohttp', 'pycurl', 'go-http-client', 'okhttp', 'java', 'dalvik',
  'apache-httpclient', 'axios', 'node-fetch', 'undici', 'got', 'libwww-perl', 'lwp::simple', 'ruby', 'faraday', 'guzzlehttp', 'winhttp',
  'microsoft-cryptoapi', 'microsoft-delivery-optimization', 'windowspowershell', 'powershell', 'bitsadmin', 'certutil', 'opera', 'mozilla',
  'httpie', 'postmanruntime', 'insomnia', 'restsharp', 'reqwest', 'cpprestsdk', 'nmap', 'masscan', 'zgrab', 'sqlmap', 'nikto', 'gobuster',
]);

/** Protocol names written like products (`HTTP/1.1` from a request line): never a User-Agent on their own. */
export const PROTOCOL_NAMES: ReadonlySet<string> = new Set(['http', 'https', 'http2', 'spdy', 'rtsp', 'sip', 'ftp', 'smtp', 'imap', 'pop3', 'ssh', 'tls', 'ssl']);
