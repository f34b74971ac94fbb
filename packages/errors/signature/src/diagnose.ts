import { asChanges, headerValue, preview, type AnalysisContext, type ExchangeSubject, type FieldFix, type Fix, type Report } from '@tclint/core';
import { base64, hex } from '@scure/base';
import { formatAuthorization, parseAuthorization, type FormMistake, type ParsedAuthorization } from './authorization.js';
import { requestSigners } from './request-signers.js';
import { methodProblem } from './method.js';
import { REMEDIES } from './remedies.js';
import { findSignedTimestamp, findVariant, isDigits, sameBytes, type Signer } from './search.js';
import { withoutSecret } from './secret.js';
import { describeSurroundingWhitespace } from './whitespace.js';
import { previewSignedString, signedString, type SigningInput, type SigningMistake } from './variants.js';

export const AUTHORIZATION = 'request.headers.Authorization';
export const TIMESTAMP = 'request.headers.Timestamp';
export const METHOD = 'request.method';

const ALGORITHMS: Record<number, string> = { 16: ' (the size of an MD5 digest)', 20: ' (the size of a SHA-1 digest)', 28: ' (the size of a SHA-224 digest)', 48: ' (the size of a SHA-384 digest)', 64: ' (the size of a SHA-512 digest)' };

/**
 * Explains a "Signature data did not match expected result" answer: checks
 * the Authorization header's form and, with the secret key, finds which
 * signing mistake reproduces the client's signature. `answered` is the
 * evidence line describing the response; `context` (a rule's, or `detect`'s)
 * shares the request's signers across the passes of a fix. Never echoes the
 * secret key.
 */
export function diagnoseSignature(subject: ExchangeSubject, answered: string, context?: AnalysisContext): Report[] {
  const safe = withoutSecret(subject.secretKey);
  const reports: Report[] = [];
  const add = (messageId: string, data: Record<string, string | number>, evidence: string[], remedies: string[], field = AUTHORIZATION, fix?: Fix) => {
    const report: Report = {
      messageId,
      data: Object.fromEntries(Object.entries(data).map(([k, v]) => [k, typeof v === 'string' ? safe(v) : v])),
      field,
      evidence: [answered, ...evidence].map(safe),
      remedies: remedies.map(safe),
    };
    // A fix that would carry the secret key (e.g. inside the access id) is never offered.
    if (fix && asChanges(fix).every((change) => safe(change.value) === change.value)) report.fix = fix;
    reports.push(report);
  };

  const { request } = subject;
  const secretKey = subject.secretKey?.trim() || undefined;
  const header = headerValue(request.headers, 'Authorization');
  const timestamp = headerValue(request.headers, 'Timestamp')?.trim() || undefined;
  const parsed = header?.trim() ? parseAuthorization(header) : undefined;
  // a request whose method is no HTTP method was never sent as recorded: it is not signed (nor hashed, however long)
  const badMethod = methodProblem(request.method);
  const signers = secretKey && badMethod === undefined ? (context ? context.analyze(requestSigners, request.url) : requestSigners.analyze(request.url)) : undefined;
  const { correct, signer } = signers ? signers(secretKey!, request.method) : { correct: undefined, signer: undefined };

  if (timestamp === undefined) {
    const { evidence, fix } = restoreTimestamp(subject, signer, parsed, header);
    add('missingTimestamp', {}, evidence, [REMEDIES.missingTimestamp, REMEDIES.signRequest], TIMESTAMP, fix);
  }

  if (!parsed) {
    add('missingAuthorization', {}, ['The request has no Authorization header'], [REMEDIES.missingAuthorization, REMEDIES.howToSign]);
    return reports;
  }

  const headerEvidence = `The Authorization header as sent: ${preview(header ?? '', 160)}`;
  const expected = signer && timestamp !== undefined ? signer.digest(timestamp) : undefined;
  const correctHeader = expected && parsed.accessId ? formatAuthorization(parsed.accessId, expected) : undefined;
  const formFixed = !secretKey && parsed.accessId && parsed.digest?.length === 32 ? formatAuthorization(parsed.accessId, parsed.digest) : undefined;
  // With the key and no Timestamp, the missingTimestamp fix sets both headers; do not compete with it.
  const fixValue = timestamp === undefined ? (secretKey ? undefined : formFixed) : (correctHeader ?? formFixed);
  const fix = fixValue !== undefined && fixValue !== header ? { field: AUTHORIZATION, value: fixValue } : undefined;
  const fixNote = fix && correctHeader ? [`Signed correctly with the supplied secret key: ${preview(fix.value, 160)}`] : [];
  const trimmedNote = secretKey && subject.secretKey !== secretKey ? [`The supplied secret key has ${describeSurroundingWhitespace(subject.secretKey ?? '')}; tclint signs with it trimmed`] : [];

  if (secretKey && (parsed.accessId === secretKey || parsed.accessId === subject.secretKey)) {
    add('secretKeyAsAccessId', {}, ['The access id part of the Authorization header is the secret key itself'], [REMEDIES.secretKeyAsAccessId, REMEDIES.howToSign]);
    return reports;
  }
  if (secretKey && (parsed.signature === secretKey || parsed.signature === subject.secretKey)) {
    add('secretKeyInHeader', {}, ['The signature part of the Authorization header is the secret key itself', ...fixNote], [REMEDIES.secretKeyInHeader, REMEDIES.signRequest], AUTHORIZATION, fix);
    return reports;
  }
  if (parsed.problem !== undefined) {
    add('malformedAuthorization', { problem: parsed.problem }, [headerEvidence, ...fixNote], [REMEDIES.malformedAuthorization, REMEDIES.howToSign, REMEDIES.signRequest], AUTHORIZATION, fix);
    return reports;
  }

  for (const mistake of parsed.mistakes) {
    const { data, evidence } = describeForm(mistake, parsed);
    add(mistake.id, data, [headerEvidence, ...evidence, ...fixNote], [REMEDIES[mistake.id], REMEDIES.signRequest], AUTHORIZATION, fix);
  }
  const length = parsed.byteLength ?? 0;
  if (length !== 32 || !parsed.digest) {
    add('wrongDigestLength', { length, algorithm: ALGORITHMS[length] ?? '' }, [headerEvidence, `The signature decodes to ${length} bytes`, ...fixNote], [REMEDIES.wrongDigestLength, REMEDIES.signRequest], AUTHORIZATION, fix);
    return reports;
  }
  const digest = parsed.digest;
  if (badMethod !== undefined) {
    add('invalidMethod', { method: preview(request.method, 40) }, [`The request method ${badMethod}`], [REMEDIES.invalidMethod, REMEDIES.howToSign], METHOD);
    return reports;
  }
  if (!signer || !correct || !expected || timestamp === undefined) {
    if (!parsed.mistakes.length && timestamp !== undefined) {
      add('unverified', { accessId: parsed.accessId ?? '' }, [headerEvidence, 'The header has the expected form: the TC scheme, an access id and the base64 of a 32-byte digest', 'Without the secret key the signed string cannot be recomputed'], [REMEDIES.supplyKey, REMEDIES.howToSign, REMEDIES.signRequest]);
    }
    return reports;
  }

  const expectedInput: SigningInput = { ...correct, timestamp };
  const expectedString = previewSignedString(expectedInput, 200);
  if (sameBytes(digest, expected)) {
    if (!parsed.mistakes.length) {
      add(
        'signedCorrectly',
        { accessId: parsed.accessId ?? '' },
        [`The signature equals HMAC-SHA256 over ${expectedString} with the supplied secret key`, ...trimmedNote],
        [REMEDIES.signedCorrectly, REMEDIES.signedCorrectlyPath, 'Check that the Access ID in the header belongs to that secret key.'],
      );
    }
    return reports;
  }

  const result = findVariant(expectedInput, subject.secretKey ?? correct.key, digest, signer);
  const verifies = `ThreatConnect verifies HMAC-SHA256 over ${expectedString}: the path and query as sent, the uppercase method and the Timestamp header`;
  if (!result.variant) {
    const scope = result.limited ? 'timestamps' : 'signing variants (path with and without /api, decoded or re-encoded query, full URL, method case, whitespace in the key, other timestamps)';
    add('wrongSecretKey', {}, [`None of ${result.tried} ${scope} reproduces the signature ${preview(base64.encode(digest), 60)} with the supplied secret key`, verifies, ...trimmedNote, ...fixNote], [REMEDIES.wrongSecretKey, REMEDIES.howToSign, REMEDIES.signRequest], AUTHORIZATION, fix);
    return reports;
  }
  const { variant } = result;
  const keyNote = variant.mistakes.find((m) => m.id === 'secretKeyWhitespace');
  const signedWith = keyNote && keyNote.id === 'secretKeyWhitespace' ? `the secret key with ${keyNote.whitespace}` : 'the supplied secret key';
  const reproduced = `The client's signature equals HMAC-SHA256 over ${preview(signedString(variant.input), 200)} with ${signedWith}`;
  for (const mistake of variant.mistakes) {
    add(mistake.id, describeSigning(mistake, expectedInput, variant.input), [reproduced, verifies, ...trimmedNote, ...fixNote], [REMEDIES[mistake.id], REMEDIES.signRequest], AUTHORIZATION, fix);
  }
  return reports;
}

/**
 * Evidence for a missing Timestamp header and, with the key and the local send
 * time, the fix: the timestamp the client signed when one within the search
 * window reproduces its signature (then only the header is missing), else the
 * local time, with the Authorization re-signed over it.
 */
function restoreTimestamp(subject: ExchangeSubject, signer: Signer | undefined, parsed: ParsedAuthorization | undefined, header: string | undefined): { evidence: string[]; fix?: FieldFix[] } {
  const evidence = ['The request has no Timestamp header; ThreatConnect signs "<path>?<query>:<METHOD>:<Timestamp header>"'];
  const { localTime } = subject;
  if (!signer || !parsed?.accessId || localTime === undefined || !Number.isFinite(localTime)) return { evidence };
  const localSeconds = Math.floor(localTime / 1000);
  const found = parsed.digest?.length === 32 ? findSignedTimestamp(signer, parsed.digest, localSeconds) : undefined;
  const sendTimestamp = found ?? String(localSeconds);
  if (found) evidence.push(`The Authorization signature equals HMAC-SHA256 over timestamp ${found} with the supplied secret key: that value only needs to be sent`);
  else evidence.push(`The fix sends the local time at sending (${sendTimestamp}) and re-signs with it`);
  const fix: FieldFix[] = [{ field: TIMESTAMP, value: sendTimestamp }];
  const authorization = formatAuthorization(parsed.accessId, signer.digest(sendTimestamp));
  if (authorization !== header) fix.push({ field: AUTHORIZATION, value: authorization });
  return { evidence, fix };
}

function describeForm(mistake: FormMistake, parsed: ParsedAuthorization): { data: Record<string, string>; evidence: string[] } {
  const digest = parsed.digest;
  const asBase64 = digest?.length === 32 ? [`The same digest in base64 is "${base64.encode(digest)}"`] : [];
  switch (mistake.id) {
    case 'bytesWrapper':
      return { data: {}, evidence: ['The signature is written as a Python bytes literal b\'...\''] };
    case 'quotedSignature':
      return { data: {}, evidence: ['The signature is written in quotes', ...asBase64] };
    case 'missingScheme':
      return { data: {}, evidence: ['The header starts with the access id'] };
    case 'schemeCase':
      return { data: { scheme: mistake.scheme }, evidence: [`The header starts with "${mistake.scheme}"`] };
    case 'accessIdWhitespace':
      return { data: { whitespace: mistake.whitespace }, evidence: [`The access id ${parsed.accessId ?? ''} has ${mistake.whitespace} in the header`] };
    case 'signatureWhitespace':
      return { data: { whitespace: mistake.whitespace }, evidence: [`The signature has ${mistake.whitespace}`] };
    case 'hexDigest':
      return { data: {}, evidence: [`The signature ${preview(parsed.signature, 64)} is 64 hex digits: a 32-byte digest in hex`, ...asBase64] };
    case 'base64OfHex':
      return { data: {}, evidence: [`The signature decodes to the 64-character text "${digest ? hex.encode(digest) : ''}": a hex digest, base64-encoded again`, ...asBase64] };
    case 'base64Url':
      return { data: {}, evidence: [`The signature ${preview(parsed.signature, 60)} uses "-" or "_" of the URL-safe alphabet`, ...asBase64] };
    case 'missingPadding':
      return { data: {}, evidence: [`The signature ${preview(parsed.signature, 60)} has ${parsed.signature.length} characters without the "=" padding`, ...asBase64] };
  }
}

function describeSigning(mistake: SigningMistake, correct: SigningInput, signed: SigningInput): Record<string, string | number> {
  const data: Record<string, string | number> = { signed: preview(signedString(signed), 200), expected: preview(signedString(correct), 200) };
  switch (mistake.id) {
    case 'secretKeyWhitespace':
      return { ...data, whitespace: mistake.whitespace };
    case 'lowercaseMethod':
      return { ...data, method: correct.method, signedMethod: signed.method };
    case 'timestampMilliseconds':
      return { ...data, signedTimestamp: mistake.signed, header: correct.timestamp };
    case 'timestampDiffers': {
      const headerInMs = isDigits(correct.timestamp, 15) && correct.timestamp.length >= 12;
      const seconds = Math.abs(mistake.seconds);
      const difference = headerInMs ? 'in seconds, while the header is in milliseconds' : `${seconds} s ${mistake.seconds < 0 ? 'earlier' : 'later'} than the header`;
      return { ...data, signedTimestamp: mistake.signed, header: correct.timestamp, difference, seconds: mistake.seconds };
    }
    default:
      return data;
  }
}
