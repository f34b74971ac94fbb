/** What rules look at. Every subject has a `kind`. */
export type Subject = IndicatorSubject | ExchangeSubject | MessageSubject | AppSubject;
export type SubjectKind = Subject['kind'];

/**
 * A ThreatConnect indicator. `values` maps ThreatConnect field names to
 * strings (`{ "AS Number": "AS 123" }`). An indicator whose type is not known
 * yet has `type: undefined` and its text in `raw`; the engine infers the type.
 */
export interface IndicatorSubject {
  kind: 'indicator';
  type: string | undefined;
  values: Record<string, string>;
  raw?: string;
}

export interface HttpRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  body?: string;
}

export interface HttpResponse {
  status: number;
  headers: Record<string, string>;
  body?: string;
}

/**
 * A request to ThreatConnect and, when it failed, the response. The secret
 * key and token expiry are supplied by the caller; build exchanges with
 * `exchangeSubject()` so the secret key is not enumerable and never serialized.
 */
export interface ExchangeSubject {
  kind: 'exchange';
  request: HttpRequest;
  response?: HttpResponse;
  /** The API secret key, when the caller has it. Never echoed. */
  readonly secretKey?: string;
  /** The caller's clock (epoch ms) when the request was sent. */
  localTime?: number;
  /** Token expiry (epoch seconds) when the caller knows it. */
  tokenExpires?: number;
  /** When the token was issued (epoch seconds), when the caller knows it (job tokens last 4 hours). */
  tokenIssued?: number;
}

/** A bare error text or log excerpt. */
export interface MessageSubject {
  kind: 'message';
  text: string;
}

/**
 * A TcEx app directory: its listing (paths relative to `root`, `/`-separated)
 * and a reader supplied by the adapter, so core stays free of fs.
 */
export interface AppSubject {
  kind: 'app';
  root: string;
  files: readonly string[];
  readFile(path: string): string | undefined;
}
