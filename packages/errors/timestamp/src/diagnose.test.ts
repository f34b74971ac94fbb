import { createEngine, messageSubject } from '@tclint/core';
import { describe, expect, it } from 'vitest';
import { plugin } from './index.js';
import { failed, httpDate, INVALID, v3Body } from './testing/exchanges.js';

const engine = createEngine({ config: [plugin.configs.recommended] });
const T = 1_700_000_000;

describe('timestamp/exchange evidence and remedies', () => {
  it('measures the skew against the server Date and blames the clock when the local clock agrees with the header', () => {
    const subject = failed({ timestamp: '1700000400', date: 'Tue, 14 Nov 2023 22:26:52 GMT', localTime: 1_700_000_400_300, status: 403, body: v3Body() });
    const [m, ...rest] = engine.check(subject).messages;
    expect(rest).toEqual([]);
    expect(m?.classId).toBe('timestamp');
    expect(m?.evidence).toEqual([
      'ThreatConnect answered HTTP 403 (v3 error 0x1002): "Timestamp out of acceptable time range"',
      "Timestamp header 1700000400 is 412 s behind the server's Date (Tue, 14 Nov 2023 22:26:52 GMT)",
      "The local clock at sending (2023-11-14T22:20:00Z) was 412 s behind the server's Date (Tue, 14 Nov 2023 22:26:52 GMT): the client's clock is off",
      'ThreatConnect accepts a Timestamp at most 300 s from its own clock',
    ]);
    expect(m?.remedies?.[0]).toMatch(/^Synchronize the client's clock with NTP/);
  });

  it('prefers the server Date over the local clock when only the server is far off', () => {
    const ahead = engine.check(failed({ timestamp: String(T + 1000), date: httpDate(T), localTime: (T + 1000) * 1000 })).messages;
    expect(ahead.map((m) => [m.messageId, m.data?.direction])).toEqual([['serverSkew', 'ahead of']]);
  });

  it('a stale timestamp: the local clock agrees with the server, the header does not', () => {
    const [m, ...rest] = engine.check(failed({ timestamp: String(T - 450), date: httpDate(T), localTime: T * 1000 })).messages;
    expect(rest).toEqual([]);
    expect(m?.messageId).toBe('notCurrent');
    expect(m?.evidence).toContain('A timestamp that far behind was computed earlier and reused (cached, or kept across retries)');
    expect(m?.remedies?.[0]).toMatch(/^Compute the Timestamp .* for each request/);
  });

  it('a whole time-zone offset points at local time read as UTC', () => {
    const [m] = engine.check(failed({ timestamp: String(T - 5 * 3600 - 1830 + 20), date: httpDate(T) })).messages;
    expect(m?.messageId).toBe('serverSkew');
    expect(m?.evidence).toContain('19810 s is within 2 min of a whole time-zone offset (5 h 30 min): local wall-clock time may have been read as UTC');
    expect(m?.remedies?.[0]).toMatch(/^Take the time from the epoch clock/);
  });

  it('the millisecond fix says the Authorization must be re-signed', () => {
    const result = engine.fix(failed({ timestamp: '1700000000123', date: httpDate(T) }));
    expect(result.changes).toEqual([{ ruleId: 'timestamp/exchange', field: 'request.headers.Timestamp', from: '1700000000123', to: '1700000000' }]);
    const first = engine.check(failed({ timestamp: '1700000000123', date: httpDate(T) })).messages[0];
    expect(first?.message).toContain('the Authorization must be re-signed');
    expect(first?.remedies).toContain('The signature covers the Timestamp: re-sign the Authorization header after changing it (signRequest() in @tclint/error-signature does both).');
    expect(result.messages.filter((m) => m.fix)).toEqual([]);
    // The fixed request has not been answered yet: its old response is dropped, so nothing is left to diagnose.
    expect(result.output!.response).toBeUndefined();
    expect(result.output!.request.headers.Timestamp).toBe('1700000000');
    expect(engine.check(result.output!).messages).toEqual([]);
  });

  it('"Invalid timestamp" on a header in range points at the header itself', () => {
    const [m] = engine.check(failed({ timestamp: String(T), date: httpDate(T), body: v3Body(INVALID) })).messages;
    expect(m?.messageId).toBe('withinRange');
    expect(m?.remedies?.[0]).toMatch(/^Send the header as "Timestamp: <seconds>"/);
  });
});

describe('timestamp/message evidence', () => {
  it('names the line and gives the general remedies', () => {
    const [m] = engine.check(messageSubject('HTTP/1.1 401\n\n{"message":"timestamp out of acceptable time range"}')).messages;
    expect(m?.evidence).toEqual(['Line 3 of the text says "timestamp out of acceptable time range"']);
    expect(m?.remedies?.length).toBe(4);
  });
});
