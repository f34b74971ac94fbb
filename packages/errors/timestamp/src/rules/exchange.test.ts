import { exchangeSubject } from '@tclint/core';
import { RuleTester } from '@tclint/rule-tester';
import { plugin } from '../index.js';
import { failed, httpDate, INVALID, v2Body, v3Body } from '../testing/exchanges.js';

const T = 1_700_000_000;
const DATE = httpDate(T); // Tue, 14 Nov 2023 22:13:20 GMT
const fixedTo = (value: string) => ({ 'request.headers.Timestamp': value });

new RuleTester().run(plugin, 'exchange', {
  valid: [
    { name: 'a request without a response', subject: exchangeSubject({ request: { method: 'GET', url: '/v2/owners', headers: { Timestamp: '1700000000123' } } }) },
    { name: 'a successful response', subject: exchangeSubject({ request: { method: 'GET', url: '/v2/owners', headers: { Timestamp: '1700000000123' } }, response: { status: 200, headers: { Date: DATE }, body: '{}' } }) },
    { name: 'the signature class', subject: failed({ timestamp: '1700000000123', date: DATE, body: v2Body('Signature data did not match expected result') }) },
    { name: 'another class (v3)', subject: failed({ timestamp: '1700000000123', date: DATE, status: 403, body: v3Body('Access Denied') }) },
    { name: 'a plain-text body of another error', subject: failed({ timestamp: '1700000000123', body: 'Unauthorized' }) },
  ],
  invalid: [
    // Recognition: both messages, every envelope, any case.
    { name: 'out of range, v2', subject: failed({ timestamp: String(T - 412), date: httpDate(T) }), errors: ['serverSkew'], output: null },
    { name: 'out of range, v3 (403)', subject: failed({ timestamp: String(T - 412), date: httpDate(T), status: 403, body: v3Body() }), errors: ['serverSkew'], output: null },
    { name: 'out of range, lowercase', subject: failed({ timestamp: String(T - 412), date: httpDate(T), body: v3Body('timestamp out of acceptable time range') }), errors: ['serverSkew'], output: null },
    { name: 'out of range, uppercase plain text', subject: failed({ timestamp: String(T - 412), date: httpDate(T), body: 'TIMESTAMP OUT OF ACCEPTABLE TIME RANGE' }), errors: ['serverSkew'], output: null },
    { name: 'invalid timestamp, v2', subject: failed({ body: v2Body(INVALID) }), errors: [{ messageId: 'missingTimestamp', field: 'request.headers.Timestamp' }], output: null },
    { name: 'invalid timestamp, v3', subject: failed({ body: v3Body(INVALID) }), errors: ['missingTimestamp'], output: null },
    { name: 'invalid timestamp, uppercase', subject: failed({ body: v3Body('INVALID TIMESTAMP') }), errors: ['missingTimestamp'], output: null },
    { name: 'invalid timestamp, mixed case plain text', subject: failed({ body: 'Invalid Timestamp.' }), errors: ['missingTimestamp'], output: null },

    // The header's form.
    { name: 'empty header', subject: failed({ timestamp: '  ', body: v2Body(INVALID) }), errors: ['missingTimestamp'], output: null },
    { name: 'not a number', subject: failed({ timestamp: 'now', body: v2Body(INVALID) }), errors: [{ messageId: 'notInteger', data: { value: '"now"' } }], output: null },
    { name: 'negative', subject: failed({ timestamp: '-1700000000', body: v2Body(INVALID) }), errors: ['notInteger'], output: null },
    { name: 'a date without a zone is not guessed', subject: failed({ timestamp: '2023-11-14T22:13:20', body: v2Body(INVALID) }), errors: ['notInteger'], output: null },
    {
      name: 'milliseconds, against the server Date',
      subject: failed({ timestamp: '1700000000123', date: DATE }),
      errors: [{ messageId: 'milliseconds', data: { unit: 'milliseconds', digits: 13, seconds: '1700000000' } }],
      output: fixedTo('1700000000'),
    },
    { name: 'milliseconds, no clock to compare', subject: failed({ timestamp: '1700000000999' }), errors: ['milliseconds'], output: fixedTo('1700000000') },
    { name: 'microseconds', subject: failed({ timestamp: '1700000000123456', date: DATE }), errors: [{ messageId: 'milliseconds', data: { unit: 'microseconds', digits: 16 } }], output: fixedTo('1700000000') },
    { name: 'nanoseconds', subject: failed({ timestamp: '1700000000123456789', date: DATE }), errors: [{ messageId: 'milliseconds', data: { unit: 'nanoseconds', digits: 19 } }], output: fixedTo('1700000000') },
    { name: 'milliseconds and a clock 10 min behind', subject: failed({ timestamp: '1699999400000', date: DATE }), errors: ['milliseconds', { messageId: 'serverSkew', data: { seconds: 600, direction: 'behind' } }], output: fixedTo('1699999400') },
    { name: 'fractional seconds (str(time.time()))', subject: failed({ timestamp: '1700000000.8125', date: DATE, body: v2Body(INVALID) }), errors: [{ messageId: 'fractionalSeconds', data: { seconds: '1700000000' } }], output: fixedTo('1700000000') },
    { name: 'an ISO date', subject: failed({ timestamp: '2023-11-14T22:13:20Z', date: DATE, body: v2Body(INVALID) }), errors: [{ messageId: 'dateString', data: { seconds: '1700000000' } }], output: fixedTo('1700000000') },
    { name: 'an HTTP date', subject: failed({ timestamp: 'Tue, 14 Nov 2023 22:13:20 GMT', localTime: T * 1000, body: v2Body(INVALID) }), errors: ['dateString'], output: fixedTo('1700000000') },

    // Offset from the server's Date: the sign both ways, the 300 s boundary.
    {
      name: '412 s behind the server',
      subject: failed({ timestamp: '1700000400', date: 'Tue, 14 Nov 2023 22:26:52 GMT' }),
      errors: [{ messageId: 'serverSkew', message: "Timestamp header 1700000400 is 412 s behind the server's Date (Tue, 14 Nov 2023 22:26:52 GMT); ThreatConnect accepts at most 300 s" }],
      output: null,
    },
    { name: '412 s ahead of the server', subject: failed({ timestamp: String(T + 412), date: DATE }), errors: [{ messageId: 'serverSkew', data: { seconds: 412, direction: 'ahead of' } }], output: null },
    { name: '301 s ahead is out', subject: failed({ timestamp: String(T + 301), date: DATE }), errors: [{ messageId: 'serverSkew', data: { seconds: 301 } }], output: null },
    { name: '300 s ahead is within range', subject: failed({ timestamp: String(T + 300), date: DATE }), errors: [{ messageId: 'withinRange', data: { offset: `300 s ahead of the server's Date (${DATE})` } }], output: null },
    { name: 'equal to the server Date', subject: failed({ timestamp: String(T), date: DATE, body: v2Body(INVALID) }), errors: [{ messageId: 'withinRange', data: { offset: `equal to the server's Date (${DATE})`, answer: `"${INVALID}"` } }], output: null },

    // Offset from the local clock when there is no Date header.
    { name: 'a stale timestamp, 600 s behind the local clock', subject: failed({ timestamp: String(T - 600), localTime: T * 1000 + 250 }), errors: [{ messageId: 'notCurrent', data: { seconds: 600, direction: 'behind', time: '2023-11-14T22:13:20Z' } }], output: null },
    { name: 'an hour ahead of the local clock (time zone)', subject: failed({ timestamp: String(T + 3600), localTime: T * 1000 }), errors: [{ messageId: 'notCurrent', data: { seconds: 3600, direction: 'ahead of' } }], output: null },
    { name: 'within range of the local clock', subject: failed({ timestamp: String(T - 5), localTime: T * 1000 }), errors: ['withinRange'], output: null },
    { name: 'an unreadable Date header and no local clock', subject: failed({ timestamp: String(T), date: 'yesterday' }), errors: [{ messageId: 'unmeasured', data: { time: '2023-11-14T22:13:20Z' } }], output: null },

    // Both clocks.
    { name: 'the client clock is off: timestamp and local clock agree, the server differs', subject: failed({ timestamp: String(T - 900), localTime: (T - 899) * 1000, date: DATE }), errors: [{ messageId: 'serverSkew', data: { seconds: 900 } }], output: null },
    { name: 'stale timestamp and a clock that is off too', subject: failed({ timestamp: String(T - 2000), localTime: (T + 1000) * 1000, date: DATE }), errors: [{ messageId: 'notCurrent', data: { seconds: 3000 } }, { messageId: 'clockSkew', data: { seconds: 1000, direction: 'ahead of' } }], output: null },
  ],
});
