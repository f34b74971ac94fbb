export { createThreatConnectClient, type ThreatConnectClient } from './create-client.js';
export { ThreatConnectApiError } from './api-error.js';
export type { FixMode, FixReport, HmacCredentials, IndicatorFixRecord, ThreatConnectClientOptions, TokenCredentials } from './options.js';
export type { CreatedIndicator, CreateIndicatorOptions, IndicatorValues } from './indicators.js';
export type { BatchIndicator, BatchInput, BatchResult, BatchStatus, SubmitBatchOptions } from './batch.js';
export type { ServerClock } from './clock.js';
