import { RuleTester } from '@tclint/rule-tester';
import { plugin } from '../index.js';

const TRACEBACK = `Traceback (most recent call last):
  File "/opt/app/run.py", line 12, in <module>
    owners = tc.get_owners()
  File "/opt/app/client.py", line 88, in get_owners
    raise RuntimeError(response.text)
RuntimeError: {"status":"Failure","message":"Signature data did not match expected result"}`;

new RuleTester().run(plugin, 'message', {
  valid: [
    { text: '' },
    { text: 'Timestamp out of acceptable time range' },
    { text: 'Access Denied' },
    { text: 'Signature data did not match' },
    { text: 'signature  data did not match expected result' },
  ],
  invalid: [
    { text: 'Signature data did not match expected result', errors: [{ messageId: 'signatureMismatch', data: { found: 'Signature data did not match expected result' } }] },
    { text: 'signature data did not match expected result', errors: [{ messageId: 'signatureMismatch', data: { found: 'signature data did not match expected result' } }] },
    { text: 'SIGNATURE DATA DID NOT MATCH EXPECTED RESULT', errors: ['signatureMismatch'] },
    { text: 'Signature Data Did Not Match Expected Result', errors: ['signatureMismatch'] },
    { name: 'v2 JSON body', text: '{"status": "Failure", "message": "Signature data did not match expected result"}', errors: ['signatureMismatch'] },
    { name: 'v3 JSON body', text: '{"status":"Error","errCode":"0x1002","message":"Signature data did not match expected result"}', errors: ['signatureMismatch'] },
    { name: 'inside a Python traceback', text: TRACEBACK, errors: ['signatureMismatch'] },
    { name: 'after a log prefix', text: '2024-01-02 10:00:00 ERROR tcex - HTTP 401: signature data did not match expected result.', errors: ['signatureMismatch'] },
  ],
});
