/** An owner (Organization, Community or Source) as `GET /v2/owners` lists it. */
export interface StandinOwner {
  id: number;
  name: string;
  type: 'Organization' | 'Community' | 'Source';
}

/** An API user authenticated with an Access ID and Secret Key (HMAC). */
export interface StandinUser {
  accessId: string;
  secretKey: string;
  /** Names of the owners this user may read and write. */
  owners: readonly string[];
  /** The owner used when a request names none (defaults to the first of `owners`). */
  defaultOwner?: string;
}

/** An API token (`Authorization: TC-Token <token>`). */
export interface StandinToken {
  token: string;
  /** Expiry in epoch seconds, against the stand-in's clock. */
  expires: number;
  owners: readonly string[];
  defaultOwner?: string;
}

export interface StandinOptions {
  /** Port to listen on; 0 (the default) picks a free one. */
  port?: number;
  /** Interface to bind; 127.0.0.1 by default. */
  host?: string;
  /** Path prefix the API is mounted under, e.g. `/api` (default: none). */
  basePath?: string;
  owners?: readonly StandinOwner[];
  users?: readonly StandinUser[];
  tokens?: readonly StandinToken[];
  /** Seconds added to the real clock to get the stand-in's clock (skews it for timestamp tests). */
  clockSkewSeconds?: number;
  /** The real clock, epoch ms (default `Date.now`). */
  now?: () => number;
  /** Allowed distance between the Timestamp header and the stand-in's clock, in seconds (default 300). */
  timestampWindowSeconds?: number;
  /** The types `GET /v2/types/indicatorTypes` lists (default: ThreatConnect's recorded reply and the custom type, `STANDIN_INDICATOR_TYPES`). */
  indicatorTypes?: readonly Record<string, unknown>[];
}

/** The principal a request was authenticated as. */
export interface Principal {
  kind: 'hmac' | 'token';
  /** The Access ID, or a token's first 8 characters followed by `…` (never the whole token). */
  id: string;
  owners: readonly string[];
  defaultOwner: string | undefined;
}

/** An indicator the stand-in stored. */
export interface StoredIndicator {
  id: number;
  type: string;
  ownerName: string;
  summary: string;
  values: Record<string, string>;
  rating?: number;
  confidence?: number;
  dateAdded: string;
  lastModified: string;
}

export interface BatchError {
  code: string;
  severity: 'Error';
  errorReason: string;
  errorMessage: string;
}

export interface StoredBatch {
  id: number;
  ownerName: string;
  haltOnError: boolean;
  action: string;
  status: 'Created' | 'Queued' | 'Running' | 'Completed';
  errorCount: number;
  successCount: number;
  unprocessCount: number;
  errors: BatchError[];
}

/** A request as the stand-in received it (for tests that look at what a client sent). */
export interface LoggedRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  body: string;
  status: number;
  responseBody: string;
}

/** The stand-in's mutable state. Tests may read it and change `clockSkewSeconds`. */
export interface StandinState {
  owners: StandinOwner[];
  users: StandinUser[];
  tokens: StandinToken[];
  indicators: StoredIndicator[];
  batches: Map<number, StoredBatch>;
  requests: LoggedRequest[];
  clockSkewSeconds: number;
  /** What `GET /v2/types/indicatorTypes` lists, as sent with `includeAdditional=true` (a test may change it). */
  indicatorTypes: Record<string, unknown>[];
}
