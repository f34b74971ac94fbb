import { RuleTester } from '@tclint/rule-tester';
import { plugin } from '../index.js';

const TRACEBACK = `Traceback (most recent call last):
  File "/opt/app/run.py", line 12, in <module>
    owners = tc.get_owners()
  File "/opt/app/client.py", line 88, in get_owners
    raise RuntimeError(response.text)
RuntimeError: {"status":"Failure","message":"Timestamp out of acceptable time range"}`;

new RuleTester().run(plugin, 'message', {
  valid: [
    { text: '' },
    { text: 'Signature data did not match expected result' },
    { text: 'Timestamp out of range' },
    { text: 'Invalid time stamp' },
  ],
  invalid: [
    { text: 'Timestamp out of acceptable time range', errors: [{ messageId: 'outOfRange', data: { found: 'Timestamp out of acceptable time range' } }] },
    { text: 'timestamp out of acceptable time range', errors: ['outOfRange'] },
    { text: 'TIMESTAMP OUT OF ACCEPTABLE TIME RANGE', errors: ['outOfRange'] },
    { text: 'Invalid timestamp', errors: [{ messageId: 'invalidTimestamp', data: { found: 'Invalid timestamp' } }] },
    { text: 'INVALID TIMESTAMP', errors: ['invalidTimestamp'] },
    { text: 'invalid Timestamp', errors: ['invalidTimestamp'] },
    { name: 'v2 JSON body', text: '{"status": "Failure", "message": "Timestamp out of acceptable time range"}', errors: ['outOfRange'] },
    { name: 'v3 JSON body', text: '{"status":"Error","errCode":"0x1002","message":"Invalid timestamp"}', errors: ['invalidTimestamp'] },
    { name: 'inside a Python traceback', text: TRACEBACK, errors: ['outOfRange'] },
    { name: 'both, in a log', text: 'GET /v2/owners -> 401 Invalid timestamp\nretry: GET /v2/owners -> 401 Timestamp out of acceptable time range', errors: ['outOfRange', 'invalidTimestamp'] },
  ],
});
