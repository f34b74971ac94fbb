import { describe, expect, it } from 'vitest';
import { describeOffset, isoTime, localReference, serverReference, timeZoneOffset } from './clock.js';
import { readDate, readTimestamp } from './timestamp-value.js';

describe('readTimestamp', () => {
  it.each([
    [undefined, { kind: 'missing' }],
    [' ', { kind: 'missing' }],
    ['1700000000', { kind: 'seconds', seconds: 1700000000 }],
    [' 1700000000 ', { kind: 'seconds', seconds: 1700000000 }],
    ['0', { kind: 'seconds', seconds: 0 }],
    ['01700000000', { kind: 'seconds', seconds: 1700000000 }],
    ['99999999999', { kind: 'seconds', seconds: 99999999999 }],
    ['100000000000', { kind: 'subsecond', unit: 'milliseconds', seconds: 100000000 }],
    ['1700000000123', { kind: 'subsecond', unit: 'milliseconds', seconds: 1700000000 }],
    ['1700000000123456', { kind: 'subsecond', unit: 'microseconds', seconds: 1700000000 }],
    ['1700000000123456789', { kind: 'subsecond', unit: 'nanoseconds', seconds: 1700000000 }],
    ['170000000012345678901', { kind: 'invalid' }],
    ['1700000000.5', { kind: 'fraction', seconds: 1700000000 }],
    ['1700000000.', { kind: 'invalid' }],
    ['.5', { kind: 'invalid' }],
    ['1.7e9', { kind: 'invalid' }],
    ['-1', { kind: 'invalid' }],
    ['+1700000000', { kind: 'invalid' }],
    ['2023-11-14T22:13:20Z', { kind: 'date', seconds: 1700000000 }],
    ['2023-11-14T23:13:20+01:00', { kind: 'date', seconds: 1700000000 }],
    ['2023-11-14 22:13:20.750Z', { kind: 'date', seconds: 1700000000 }],
    ['Tue, 14 Nov 2023 22:13:20 GMT', { kind: 'date', seconds: 1700000000 }],
    ['2023-11-14T22:13:20', { kind: 'invalid' }],
    ['Tue Nov 14 2023 23:13:20', { kind: 'invalid' }],
  ])('%j', (header, expected) => {
    expect(readTimestamp(header)).toMatchObject(expected);
  });

  it('ignores dates longer than any real one', () => {
    expect(readDate(`${'x'.repeat(60)} 22:13:20 GMT`)).toBeUndefined();
  });
});

describe('clock references', () => {
  it('reads the response Date header case-insensitively and ignores unreadable ones', () => {
    expect(serverReference({ status: 401, headers: { date: 'Tue, 14 Nov 2023 22:13:20 GMT' } })?.seconds).toBe(1700000000);
    expect(serverReference({ status: 401, headers: { Date: 'soon' } })).toBeUndefined();
    expect(serverReference({ status: 401, headers: {} })).toBeUndefined();
  });
  it('reads the local time in ms, ignoring what is not a time', () => {
    expect(localReference(1700000000999)).toMatchObject({ seconds: 1700000000, shown: '2023-11-14T22:13:20Z' });
    for (const bad of [NaN, Infinity, 1e20]) expect(localReference(bad)).toBeUndefined();
    expect(isoTime(99999999999)).toBe('5138-11-16T09:46:39Z');
  });
  it('names the sign of an offset', () => {
    const server = { name: "the server's Date", seconds: 100, shown: 'D' };
    expect(describeOffset(-412, server)).toBe("412 s behind the server's Date (D)");
    expect(describeOffset(412, server)).toBe("412 s ahead of the server's Date (D)");
    expect(describeOffset(0, server)).toBe("equal to the server's Date (D)");
  });
  it.each([
    [3600, '1 h'],
    [-3660, '1 h'],
    [19800, '5 h 30 min'],
    [-20700, '5 h 45 min'],
    [1800, '30 min'],
    [900, undefined],
    [3800, undefined],
    [15 * 3600, undefined],
  ])('time-zone offset of %i s: %s', (skew, zone) => {
    expect(timeZoneOffset(skew)).toBe(zone);
  });
});
