import { findIndicatorType, valuesFromSummary } from '@tclint/core';
import type { Transport } from './transport.js';
import type { FixReport } from './options.js';
import { resolveRequestUrl } from './request-url.js';

export interface CreateIndicatorOptions {
  /** The owner to create the indicator in (default: the API user's organization). */
  owner?: string;
  /** Other body properties (rating, confidence, ...). */
  extra?: Record<string, unknown>;
}

export interface CreatedIndicator {
  /** The created indicator as ThreatConnect returns it. */
  indicator: Record<string, unknown>;
  status: number;
  /** What the client fixed in the body (or would have, in `report` mode). */
  fixes?: FixReport;
}

/** A type's field values: a map of field names, or one value (a summary for multi-valued types). */
export type IndicatorValues = string | Record<string, string>;

function fieldValues(typeName: string, values: IndicatorValues): Record<string, string> {
  return typeof values === 'string' ? valuesFromSummary(typeName, values) : { ...values };
}

function typeInfo(type: string) {
  const info = findIndicatorType(type);
  if (!info) throw new TypeError(`Unknown ThreatConnect indicator type "${type}"`);
  return info;
}

async function created(transport: Transport, baseUrl: string, path: string, body: unknown, pick: (data: unknown) => unknown): Promise<CreatedIndicator> {
  const headers = new Headers({ 'Content-Type': 'application/json' });
  const { response, fixes } = await transport.send({ method: 'POST', url: resolveRequestUrl(baseUrl, path), headers, body: JSON.stringify(body) });
  const json = (await response.json()) as { data?: unknown };
  const indicator = (pick(json.data) ?? {}) as Record<string, unknown>;
  return fixes ? { indicator, status: response.status, fixes } : { indicator, status: response.status };
}

/** v2: `POST /v2/indicators/<branch>[?owner=...]` with the type's fields. */
export async function createIndicatorV2(transport: Transport, baseUrl: string, type: string, values: IndicatorValues, options: CreateIndicatorOptions = {}) {
  const info = typeInfo(type);
  if (!info.branch) throw new TypeError(`ThreatConnect documents no v2 endpoint for ${info.name} indicators; use createIndicatorV3`);
  const query = options.owner ? `?owner=${encodeURIComponent(options.owner)}` : '';
  const body = { ...options.extra, ...fieldValues(info.name, values) };
  // v2 answers {"data": {"<type>": {...}}}: the one property of data
  return created(transport, baseUrl, `/v2/indicators/${info.branch}${query}`, body, (data) =>
    data && typeof data === 'object' ? Object.values(data as Record<string, unknown>)[0] : undefined,
  );
}

/** v3: `POST /v3/indicators` with `{type, <fields>, ownerName?}`. */
export async function createIndicatorV3(transport: Transport, baseUrl: string, type: string, values: IndicatorValues, options: CreateIndicatorOptions = {}) {
  const name = findIndicatorType(type)?.name ?? type;
  const body = { ...options.extra, type: name, ...fieldValues(name, values), ...(options.owner && { ownerName: options.owner }) };
  return created(transport, baseUrl, '/v3/indicators', body, (data) => data);
}
