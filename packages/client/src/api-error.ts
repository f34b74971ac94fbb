import { asChanges, parseApiError, redact, type FieldFix, type Fix } from '@tclint/core';
import { REDACTED, type Diagnosis } from '@tclint/diagnosis';
import type { FixReport } from './options.js';

export interface ThreatConnectApiErrorInit {
  method: string;
  /** The request URL (credentials are never part of it). */
  url: string;
  status: number;
  /** The response body text. */
  body: string;
  diagnoses: Diagnosis[];
  fixes?: FixReport;
  /** Secrets to mask in everything the error carries. */
  secrets: readonly string[];
}

const BODY_LIMIT = 300;

/**
 * A request ThreatConnect refused. Carries the status, the response body, the
 * error envelope's message and errCode, and tclint's diagnoses of the
 * exchange. Its message, fields and JSON never contain the secret key or token.
 */
export class ThreatConnectApiError extends Error {
  override readonly name = 'ThreatConnectApiError';
  readonly status: number;
  readonly method: string;
  readonly url: string;
  /** The response body text. */
  readonly body: string;
  /** The error envelope's `message` (or the body text). */
  readonly apiMessage: string;
  /** v3 error code such as `0x1002`. */
  readonly errCode: string | undefined;
  readonly diagnoses: readonly Diagnosis[];
  /** What the client fixed (or would have fixed) in the body before sending. */
  readonly fixes: FixReport | undefined;

  constructor(init: ThreatConnectApiErrorInit) {
    const mask = (text: string) => redact(text, init.secrets);
    const parsed = parseApiError({ status: init.status, headers: {}, body: init.body });
    const apiMessage = mask(parsed.message);
    const first = init.diagnoses[0];
    const quoted = apiMessage.length > BODY_LIMIT ? `${apiMessage.slice(0, BODY_LIMIT)}…` : apiMessage;
    const explanation = first ? ` [${first.classId}] ${mask(first.message)}` : '';
    super(`ThreatConnect refused ${init.method} ${pathOf(init.url)}: HTTP ${init.status}${quoted ? ` ${JSON.stringify(quoted)}` : ''}.${explanation}`);
    this.status = init.status;
    this.method = init.method;
    this.url = mask(init.url);
    this.body = mask(init.body);
    this.apiMessage = apiMessage;
    this.errCode = parsed.errCode;
    this.diagnoses = init.diagnoses.map((d) => maskDiagnosis(d, mask));
    this.fixes = init.fixes;
  }

  /** The classes of the diagnoses (`signature`, `timestamp`, `indicator-format`, ...), in order. */
  get classes(): string[] {
    return [...new Set(this.diagnoses.map((d) => d.classId))];
  }

  toJSON() {
    return {
      name: this.name,
      message: this.message,
      status: this.status,
      method: this.method,
      url: this.url,
      apiMessage: this.apiMessage,
      errCode: this.errCode,
      body: this.body,
      diagnoses: this.diagnoses,
      fixes: this.fixes,
    };
  }
}

function pathOf(url: string): string {
  try {
    return new URL(url).pathname;
  } catch {
    return url.split('?')[0] ?? url;
  }
}

/** The linter already masks what it knows; this also masks a token or key in fixes and evidence it cannot know of. */
function maskDiagnosis(diagnosis: Diagnosis, mask: (text: string) => string): Diagnosis {
  const out: Diagnosis = {
    ...diagnosis,
    message: mask(diagnosis.message),
    evidence: diagnosis.evidence.map(mask),
    remedies: diagnosis.remedies.map(mask),
  };
  if (diagnosis.fix !== undefined) out.fix = maskFix(diagnosis.fix, mask);
  if (diagnosis.indicatorFix !== undefined) out.indicatorFix = maskFix(diagnosis.indicatorFix, mask);
  return out;
}

function maskFix(fix: Fix, mask: (text: string) => string): Fix {
  const changes = asChanges(fix).map((change) => maskChange(change, mask));
  return Array.isArray(fix) ? changes : changes[0]!;
}

/** A re-signed Authorization header is a working credential for minutes: an error never carries it. */
function maskChange(change: FieldFix, mask: (text: string) => string): FieldFix {
  if (/authorization$/i.test(change.field)) return { field: change.field, value: REDACTED };
  return { field: change.field, value: mask(change.value) };
}
