import { headerValue, type ExchangeSubject } from '@tclint/core';

/** A moment in epoch seconds and where it comes from. */
export interface Moment {
  seconds: number;
  source: string;
}

/**
 * The time the request was judged at: the server's `Date` header when the
 * response has one (the server decides expiry by its own clock), else the
 * caller's clock when the request was sent (`localTime`).
 */
export function requestTime(subject: ExchangeSubject): Moment | undefined {
  const date = headerValue(subject.response?.headers, 'date');
  // an HTTP date is 29 characters; anything much longer is not one
  const parsed = date === undefined || date.length > 100 ? NaN : Date.parse(date);
  if (Number.isFinite(parsed)) return { seconds: Math.floor(parsed / 1000), source: `the server time in the response Date header (${date!.trim().slice(0, 40)})` };
  if (typeof subject.localTime === 'number' && Number.isFinite(subject.localTime) && subject.localTime > 0) {
    return { seconds: Math.floor(subject.localTime / 1000), source: 'the local time when the request was sent (localTime)' };
  }
  return undefined;
}

/** An epoch time in seconds given by the caller; values in milliseconds (13 digits) are recognized and noted. */
export interface EpochReading {
  seconds?: number;
  note?: string;
}

const MILLISECONDS_FROM = 1e11; // epoch seconds reach 1e11 in the year 5138

export function readEpochSeconds(name: string, value: number | undefined): EpochReading {
  if (value === undefined) return {};
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) return { note: `${name} ${String(value).slice(0, 40)} is not an epoch time; it was ignored` };
  if (value >= MILLISECONDS_FROM) {
    const seconds = Math.floor(value / 1000);
    return { seconds, note: `${name} ${value} looks like milliseconds; read as ${seconds} s (${isoTime(seconds)})` };
  }
  return { seconds: Math.floor(value) };
}

export function isoTime(seconds: number): string {
  const date = new Date(seconds * 1000);
  return Number.isNaN(date.getTime()) ? `${seconds}` : date.toISOString().replace('.000Z', 'Z');
}

/** A duration as "2 h 5 min", "4 min 10 s", "12 s", "3 d 1 h". */
export function formatDuration(totalSeconds: number): string {
  const s = Math.round(Math.abs(totalSeconds));
  const days = Math.floor(s / 86400);
  const hours = Math.floor((s % 86400) / 3600);
  const minutes = Math.floor((s % 3600) / 60);
  const seconds = s % 60;
  if (days) return hours ? `${days} d ${hours} h` : `${days} d`;
  if (hours) return minutes ? `${hours} h ${minutes} min` : `${hours} h`;
  if (minutes) return seconds ? `${minutes} min ${seconds} s` : `${minutes} min`;
  return `${seconds} s`;
}
