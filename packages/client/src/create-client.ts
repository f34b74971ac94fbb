import { submitBatch, type BatchInput, type BatchResult, type SubmitBatchOptions } from './batch.js';
import { clientRequest, createTransport } from './transport.js';
import type { ServerClock } from './clock.js';
import { createIndicatorV2, createIndicatorV3, type CreatedIndicator, type CreateIndicatorOptions, type IndicatorValues } from './indicators.js';
import type { ThreatConnectClientOptions } from './options.js';

/**
 * A `fetch`-compatible function for the ThreatConnect API, plus helpers.
 * Paths are appended to the base URL (`client('/v2/owners')`); absolute URLs
 * are sent as they are. Every request is signed; indicator bodies are checked
 * and fixed before sending; a refused request throws `ThreatConnectApiError`
 * with tclint's diagnoses instead of resolving.
 */
export interface ThreatConnectClient {
  (input: string | URL | Request, init?: RequestInit): Promise<Response>;
  /** v2 single create: `POST /v2/indicators/<branch>`. */
  createIndicator(type: string, values: IndicatorValues, options?: CreateIndicatorOptions): Promise<CreatedIndicator>;
  /** v3 create: `POST /v3/indicators`. */
  createIndicatorV3(type: string, values: IndicatorValues, options?: CreateIndicatorOptions): Promise<CreatedIndicator>;
  /** V2 Batch API: create the job, upload, poll, collect errors. */
  submitBatch(input: BatchInput, options: SubmitBatchOptions): Promise<BatchResult>;
  /** What the client learned about the server's clock. */
  readonly clock: ServerClock;
}

export function createThreatConnectClient(options: ThreatConnectClientOptions): ThreatConnectClient {
  const transport = createTransport(options);
  const { baseUrl } = options;
  const client = async (input: string | URL | Request, init?: RequestInit) => {
    const { response } = await transport.send(await clientRequest(baseUrl, input, init));
    return response;
  };
  return Object.assign(client, {
    createIndicator: (type: string, values: IndicatorValues, opts?: CreateIndicatorOptions) => createIndicatorV2(transport, baseUrl, type, values, opts),
    createIndicatorV3: (type: string, values: IndicatorValues, opts?: CreateIndicatorOptions) => createIndicatorV3(transport, baseUrl, type, values, opts),
    submitBatch: (input: BatchInput, opts: SubmitBatchOptions) => submitBatch(transport, baseUrl, input, opts),
    clock: transport.clock,
  });
}
