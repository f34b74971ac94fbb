import { headerValue, preview, type ExchangeSubject, type Report } from '@tclint/core';
import { describeOffset, direction, isoTime, localReference, MAX_SKEW_SECONDS, serverReference, timeZoneOffset, type Reference } from './clock.js';
import type { Answer } from './recognize.js';
import { REMEDIES } from './remedies.js';
import { readTimestamp, type TimestampReading } from './timestamp-value.js';

export const TIMESTAMP = 'request.headers.Timestamp';

/**
 * Explains a "Timestamp out of acceptable time range" or "Invalid timestamp"
 * answer: the Timestamp header's form (missing, not an integer, not seconds)
 * and its offset from the server's Date header, or else from the local clock.
 */
export function diagnoseTimestamp(subject: ExchangeSubject, answer: Answer): Report[] {
  const reports: Report[] = [];
  const add = (messageId: string, data: Record<string, string | number>, evidence: string[], remedies: string[], fix?: string) => {
    const report: Report = { messageId, data, field: TIMESTAMP, evidence: [answer.evidence, ...evidence], remedies };
    if (fix !== undefined) report.fix = { field: TIMESTAMP, value: fix };
    reports.push(report);
  };
  const header = headerValue(subject.request.headers, 'Timestamp');
  const reading = readTimestamp(header);
  const server = serverReference(subject.response);
  const local = localReference(subject.localTime);

  if (reading.kind === 'missing') {
    add('missingTimestamp', {}, [header === undefined ? 'The request has no Timestamp header' : 'The Timestamp header is empty'], [REMEDIES.header, REMEDIES.seconds, REMEDIES.resign]);
    return reports;
  }
  if (reading.kind === 'invalid') {
    const value = preview(reading.text, 60);
    add('notInteger', { value }, [`Timestamp header ${value} is not whole seconds since the Unix epoch`], [REMEDIES.seconds, REMEDIES.header, REMEDIES.resign]);
    return reports;
  }
  if (reading.kind !== 'seconds') reportForm(reading, add, server ?? local);
  reportOffset(reading, answer, add, server, local);
  return reports;
}

type Add = (messageId: string, data: Record<string, string | number>, evidence: string[], remedies: string[], fix?: string) => void;

function reportForm(reading: Exclude<TimestampReading, { kind: 'missing' | 'invalid' | 'seconds' }>, add: Add, reference: Reference | undefined) {
  const seconds = String(reading.seconds);
  const asSeconds = `In seconds it is ${seconds} (${isoTime(reading.seconds) ?? 'out of range'})${reference ? `, ${describeOffset(reading.seconds - reference.seconds, reference)}` : ''}`;
  const resign = 'After the fix the Authorization header must be re-signed over the new Timestamp';
  // 12 to 20 digits are shown as they are; a fraction or a date may be any length
  const value = reading.kind === 'subsecond' ? reading.text : preview(reading.text, 60);
  switch (reading.kind) {
    case 'subsecond':
      add(
        'milliseconds',
        { value, unit: reading.unit, seconds, digits: reading.text.length },
        [`Timestamp header ${value} has ${reading.text.length} digits: ${reading.unit} since the Unix epoch; ThreatConnect expects seconds`, asSeconds, resign],
        [REMEDIES.seconds, REMEDIES.resign],
        seconds,
      );
      return;
    case 'fraction':
      add('fractionalSeconds', { value, seconds }, [`Timestamp header ${value} has a fraction; ThreatConnect reads whole seconds only`, asSeconds, resign], [REMEDIES.seconds, REMEDIES.resign], seconds);
      return;
    case 'date':
      add('dateString', { value, seconds }, [`Timestamp header ${value} is a date, not seconds since the Unix epoch`, asSeconds, resign], [REMEDIES.seconds, REMEDIES.resign], seconds);
      return;
  }
}

function reportOffset(reading: Extract<TimestampReading, { seconds: number }>, answer: Answer, add: Add, server: Reference | undefined, local: Reference | undefined) {
  const timestamp = reading.seconds;
  const shown = reading.kind === 'subsecond' ? reading.text : preview(reading.text, 60);
  const label = reading.kind === 'seconds' ? `Timestamp header ${timestamp}` : `Timestamp header ${shown} (${timestamp} in seconds)`;
  const far = (skew: number | undefined): skew is number => skew !== undefined && Math.abs(skew) > MAX_SKEW_SECONDS;
  const vsServer = server && timestamp - server.seconds;
  const vsLocal = local && timestamp - local.seconds;
  const clockOff = server && local ? local.seconds - server.seconds : undefined;
  const limit = `ThreatConnect accepts a Timestamp at most ${MAX_SKEW_SECONDS} s from its own clock`;

  if (far(vsLocal) && local) {
    const zone = timeZoneOffset(vsLocal);
    const evidence = [`${label} is ${describeOffset(vsLocal, local)}: it is not the time the request was sent`];
    if (vsServer !== undefined && server) evidence.push(`${label} is ${describeOffset(vsServer, server)}`);
    if (zone) evidence.push(`${Math.abs(vsLocal)} s is within 2 min of a whole time-zone offset (${zone}): local wall-clock time may have been read as UTC`);
    else if (vsLocal < 0) evidence.push('A timestamp that far behind was computed earlier and reused (cached, or kept across retries)');
    evidence.push(limit);
    const remedies = zone ? [REMEDIES.utc, REMEDIES.perRequest] : [REMEDIES.perRequest, REMEDIES.utc];
    add('notCurrent', { what: label, timestamp, seconds: Math.abs(vsLocal), direction: direction(vsLocal), time: local.shown }, evidence, [...remedies, REMEDIES.resign]);
    if (far(clockOff) && server) {
      add('clockSkew', { seconds: Math.abs(clockOff), direction: direction(clockOff), date: server.shown }, [`The local clock at sending (${local.shown}) was ${describeOffset(clockOff, server)}`, limit], [REMEDIES.ntp]);
    }
    return;
  }
  if (far(vsServer) && server) {
    const zone = timeZoneOffset(vsServer);
    const evidence = [`${label} is ${describeOffset(vsServer, server)}`];
    if (clockOff !== undefined && local) evidence.push(`The local clock at sending (${local.shown}) was ${describeOffset(clockOff, server)}: the client's clock is off`);
    if (zone) evidence.push(`${Math.abs(vsServer)} s is within 2 min of a whole time-zone offset (${zone}): local wall-clock time may have been read as UTC`);
    evidence.push(limit);
    const remedies = zone ? [REMEDIES.utc, REMEDIES.ntp, REMEDIES.perRequest] : [REMEDIES.ntp, REMEDIES.perRequest];
    add('serverSkew', { what: label, timestamp, seconds: Math.abs(vsServer), direction: direction(vsServer), date: server.shown }, evidence, [...remedies, REMEDIES.resign]);
    return;
  }
  // The form report (if any) already explains the answer; otherwise say what was measured.
  if (reading.kind !== 'seconds') return;
  const reference = server ?? local;
  if (!reference) {
    const time = isoTime(timestamp) ?? 'out of range';
    add('unmeasured', { timestamp, time }, [`${label} is ${time}`, "The response has no readable Date header and the local send time is unknown, so the offset from ThreatConnect's clock cannot be measured"], [
      REMEDIES.ntp,
      REMEDIES.perRequest,
      REMEDIES.seconds,
    ]);
    return;
  }
  const offset = describeOffset(timestamp - reference.seconds, reference);
  const remedies = answer.kind === 'invalid' ? [REMEDIES.header, REMEDIES.seconds, REMEDIES.proxy] : [REMEDIES.perRequest, REMEDIES.proxy, REMEDIES.ntp];
  add('withinRange', { timestamp, offset, answer: answer.message }, [`${label} is ${offset}`, limit], remedies);
}
