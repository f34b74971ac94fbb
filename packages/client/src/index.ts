export { createThreatConnectClient, type ThreatConnectClient } from './create-client.js';
export { ThreatConnectApiError, type ThreatConnectApiErrorInit } from './api-error.js';
export type { ClientLinter, FixMode, FixReport, HmacCredentials, IndicatorFixRecord, ThreatConnectClientOptions, TokenCredentials } from './options.js';
export type { CreatedIndicator, CreateIndicatorOptions, IndicatorValues } from './indicators.js';
export type { BatchIndicator, BatchInput, BatchResult, BatchStatus, SubmitBatchOptions } from './batch.js';
export type { ServerClock } from './clock.js';
