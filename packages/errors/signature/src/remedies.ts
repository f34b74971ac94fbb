/** What to do about each finding. */
export const REMEDIES = {
  missingApiPrefix: 'Sign the path exactly as the request line carries it, including the /api prefix of the base URL (https://<instance>/api/...).',
  extraApiPrefix: 'Sign the path the request line carries: it has no /api prefix, so do not add one to the signed string (or send the request to the /api path you signed).',
  queryNotSigned: 'Sign the query string too: "<path>?<query>:<METHOD>:<timestamp>".',
  decodedQuery: 'Sign the query exactly as it is sent, still percent-encoded: build the URL first, then sign its path and query.',
  decodedPath: 'Sign the path exactly as it is sent, still percent-encoded: build the URL first, then sign its path and query.',
  plusForSpace: 'Sign the query exactly as it is sent: the request line encodes spaces as "%20", so sign "%20" too.',
  percentForPlus: 'Sign the query exactly as it is sent: the request line encodes spaces as "+" (form encoding, e.g. requests\' params=), so sign the prepared URL (PreparedRequest.path_url) instead of re-encoding it.',
  fullUrlSigned: 'Sign only the path and query, without the scheme and host.',
  lowercaseMethod: 'Sign the HTTP method in uppercase (GET, POST, PUT, DELETE).',
  timestampMilliseconds: 'Sign the same whole-seconds value the Timestamp header carries: compute it once per request (Math.floor(Date.now() / 1000), int(time.time())) and use it for both.',
  timestampDiffers: 'Compute the timestamp once per request and use that one value for both the Timestamp header and the signed string.',
  secretKeyWhitespace: 'Trim the secret key after reading it from a file or environment variable (.strip() in Python, .trim() in JavaScript).',
  bytesWrapper: 'Decode the base64 bytes to text before formatting the header: base64.b64encode(digest).decode() in Python 3.',
  quotedSignature: 'Put the signature after the ":" without quotes: "TC <accessId>:<signature>".',
  hexDigest: 'Base64-encode the raw 32-byte digest: base64.b64encode(hmac.new(key, msg, hashlib.sha256).digest()), not .hexdigest().',
  base64OfHex: 'Base64-encode the raw 32-byte digest (.digest()), not its hex text (.hexdigest()).',
  base64Url: 'Use standard base64 ("+" and "/"; base64.b64encode, Buffer.toString("base64")), not URL-safe base64.',
  missingPadding: 'Keep the "=" padding of the base64 signature.',
  signatureWhitespace: 'Produce the signature with base64.b64encode (no line breaks), not base64.encodebytes, and strip any whitespace from it.',
  accessIdWhitespace: 'Trim the access id after reading it from a file or environment variable.',
  schemeCase: 'Write the header as "TC <accessId>:<signature>", with the scheme TC in uppercase.',
  missingScheme: 'Write the header as "TC <accessId>:<signature>": the scheme TC and a space come first.',
  malformedAuthorization: 'Send the header as "Authorization: TC <accessId>:<base64 signature>".',
  invalidMethod: 'Record and sign the HTTP method the request line carries, in uppercase (GET, POST, PUT, DELETE).',
  missingAuthorization: 'Send the header "Authorization: TC <accessId>:<base64 signature>" with every HMAC request.',
  secretKeyInHeader: 'Never send the secret key itself: send base64(HMAC-SHA256(secretKey, "<path>?<query>:<METHOD>:<timestamp>")). The key has been sent over the wire; regenerate it in API User Administration.',
  secretKeyAsAccessId: 'Put the access id (the numeric id shown in API User Administration) before the ":", never the secret key. The key has been sent over the wire; regenerate it.',
  wrongDigestLength: 'Use HMAC with SHA-256, whose digest is 32 bytes (hmac.new(key, msg, hashlib.sha256) in Python).',
  wrongSecretKey: 'Check that the client signs with the secret key of this access id: copy it again from API User Administration (it changes when regenerated).',
  signedCorrectly: 'Copy the secret key again from API User Administration: ThreatConnect holds another key for this access id (regenerated, or the key of another API user or instance).',
  signedCorrectlyPath: 'If a proxy or load balancer rewrites the path (adds or strips /api), sign the path ThreatConnect receives.',
  missingTimestamp: 'Send a Timestamp header carrying the same whole-seconds value that was signed.',
  supplyKey: 'Supply the secret key to tclint (it is never printed) to recompute the signature and find which part was signed differently.',
  howToSign: 'Sign "<path>?<query>:<METHOD>:<timestamp>" (path and query exactly as sent) with HMAC-SHA256 under the secret key, base64-encode the 32-byte digest, and send "Authorization: TC <accessId>:<signature>" with "Timestamp: <timestamp>".',
  signRequest: 'signRequest() from @tclint/error-signature computes both headers.',
} as const;

export type RemedyId = keyof typeof REMEDIES;

/** The general remedies for a signature error when nothing more specific is known. */
export const GENERAL_REMEDIES: readonly string[] = [
  REMEDIES.howToSign,
  'Check the secret key belongs to the access id in the header, and trim any whitespace or newline around either.',
  'Sign the same whole-seconds timestamp that the Timestamp header carries, and the path with the /api prefix when the base URL has one.',
  'In Python 3, decode the base64 bytes (.decode()) before putting them in the header; do not send b\'...\'.',
  REMEDIES.signRequest,
];
