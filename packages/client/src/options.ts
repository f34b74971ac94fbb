import type { AppliedChange, Engine, LintMessage } from '@tclint/core';

/**
 * The engine the client checks bodies and diagnoses failures with: a linter
 * from `createLinter()` (@tclint/preset, @tclint/node), or `{ engine }` with
 * any core engine.
 */
export interface ClientLinter {
  readonly engine: Engine;
}

/**
 * What the client does with indicator bodies before sending them:
 * `apply` fixes them (default), `report` sends them unchanged but reports
 * what a fix would change, `off` sends them as they are without checking.
 */
export type FixMode = 'apply' | 'report' | 'off';

interface CommonOptions {
  /** The API base URL, e.g. `https://companyabc.threatconnect.com/api`. Paths are appended to it as they are. */
  baseUrl: string;
  fix?: FixMode;
  /** Called after an indicator body was checked, when there was anything to fix or report. */
  onFix?: (report: FixReport) => void;
  /** The `fetch` to send with (default: the global one). */
  fetch?: typeof globalThis.fetch;
  /**
   * The linter that fixes bodies and diagnoses failures. Without one, bodies
   * are sent as they are and a refusal carries only the `unrecognized`
   * diagnosis: the client depends on no rule package.
   */
  linter?: ClientLinter;
  /** The local clock in epoch ms (default `Date.now`). */
  now?: () => number;
  /**
   * Correct the Timestamp by the offset learned from the server's `Date`
   * header once it exceeds `clockToleranceSeconds`, and retry a request
   * refused for its timestamp once (default true).
   */
  correctClock?: boolean;
  /** Offsets up to this many seconds are left alone (default 30; ThreatConnect allows 300). */
  clockToleranceSeconds?: number;
}

export interface HmacCredentials {
  accessId: string;
  secretKey: string;
  token?: undefined;
  tokenExpires?: undefined;
}

export interface TokenCredentials {
  token: string;
  /** Token expiry in epoch seconds (tcex's `tc_token_expires`), when known. */
  tokenExpires?: number;
  accessId?: undefined;
  secretKey?: undefined;
}

export type ThreatConnectClientOptions = CommonOptions & (HmacCredentials | TokenCredentials);

/** What the client found in one indicator of a body, and what it changed. */
export interface IndicatorFixRecord {
  /** Where the indicator is in the body: `indicator[2]` (batch), `[2]`, or null for a single body. */
  path: string | null;
  type: string | undefined;
  /** The changes a fix made (applied in `apply` mode, only proposed in `report` mode). */
  changes: AppliedChange[];
  /** Problems left after fixing (in `report` mode: every problem found). */
  remaining: LintMessage[];
}

export interface FixReport {
  method: string;
  /** The request URL (no credentials are ever in it). */
  url: string;
  mode: Exclude<FixMode, 'off'>;
  /** Whether the body sent differs from the body given. */
  applied: boolean;
  indicators: IndicatorFixRecord[];
}
