import { headerValue, type HttpResponse } from '@tclint/core';
import { readDate } from './timestamp-value.js';

/** ThreatConnect accepts a Timestamp within five minutes of its clock. */
export const MAX_SKEW_SECONDS = 300;

/** A clock reading to measure the Timestamp against. */
export interface Reference {
  /** `the server's Date`, `the local clock at sending`. */
  name: string;
  /** Epoch seconds. */
  seconds: number;
  /** How the reading is shown: the Date header as sent, or an ISO time. */
  shown: string;
}

/** The response's Date header, when it is a readable date. */
export function serverReference(response: HttpResponse | undefined): Reference | undefined {
  const date = headerValue(response?.headers, 'Date')?.trim();
  if (!date) return undefined;
  const seconds = readDate(date);
  return seconds === undefined ? undefined : { name: "the server's Date", seconds, shown: date };
}

/** The caller's clock when the request was sent (epoch ms), when it is a usable time. */
export function localReference(localTime: number | undefined): Reference | undefined {
  if (localTime === undefined || !Number.isFinite(localTime)) return undefined;
  const shown = isoTime(Math.floor(localTime / 1000));
  return shown === undefined ? undefined : { name: 'the local clock at sending', seconds: Math.floor(localTime / 1000), shown };
}

/** `412 s behind the server's Date (Tue, 14 Nov 2023 22:26:52 GMT)`. */
export function describeOffset(skew: number, reference: Reference): string {
  if (skew === 0) return `equal to ${reference.name} (${reference.shown})`;
  return `${Math.abs(skew)} s ${direction(skew)} ${reference.name} (${reference.shown})`;
}

export function direction(skew: number): 'behind' | 'ahead of' {
  return skew < 0 ? 'behind' : 'ahead of';
}

/** An ISO 8601 UTC time for epoch seconds, when representable. */
export function isoTime(seconds: number): string | undefined {
  const ms = seconds * 1000;
  if (!Number.isFinite(ms) || Math.abs(ms) > 8.64e15) return undefined;
  return new Date(ms).toISOString().replace('.000Z', 'Z');
}

/** Time zones are whole quarter hours; a skew this close to one is probably local time taken for UTC. */
const ZONE_STEP = 900;
const ZONE_TOLERANCE = 120;
const MAX_ZONE = 14 * 3600;

/** When a skew is (within two minutes) a whole time-zone offset of at least 30 min: that offset, as `5 h 30 min`. */
export function timeZoneOffset(skew: number): string | undefined {
  const offset = Math.round(skew / ZONE_STEP) * ZONE_STEP;
  if (Math.abs(offset) < 2 * ZONE_STEP || Math.abs(offset) > MAX_ZONE || Math.abs(skew - offset) > ZONE_TOLERANCE) return undefined;
  const hours = Math.floor(Math.abs(offset) / 3600);
  const minutes = (Math.abs(offset) % 3600) / 60;
  return [hours ? `${hours} h` : '', minutes ? `${minutes} min` : ''].filter(Boolean).join(' ');
}
