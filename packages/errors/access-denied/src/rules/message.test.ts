import { RuleTester } from '@tclint/rule-tester';
import { plugin } from '../index.js';
import { v2, v3 } from '../testing/exchanges.js';

new RuleTester().run(plugin, 'message', {
  valid: [
    'Signature data did not match expected result',
    'Timestamp out of acceptable time range',
    'The owner field of the request was empty',
    '',
  ].map((text) => ({ text })),
  invalid: [
    // The seed's heading, verbatim.
    { text: 'Access Denied', errors: ['accessDenied'] },
    { text: v2('Access Denied'), errors: ['accessDenied'] },
    { text: v3('Access Denied'), errors: ['accessDenied'] },
    { text: 'ACCESS DENIED', errors: ['accessDenied'] },
    { text: 'tcex.exceptions.TcExException: 401 access denied', errors: ['accessDenied'] },
    { text: 'The requested owner was not found', errors: ['ownerNotFound'] },
    { text: v2('The requested owner was not found'), errors: ['ownerNotFound'] },
    { text: v3('The requested owner was not found', '0x1004'), errors: ['ownerNotFound'] },
    { text: 'the requested OWNER was not found', errors: ['ownerNotFound'] },
    { text: 'API access has not been licensed for this system, please contact sales@threatconnect.com if you wish to enable it', errors: ['notLicensed'] },
    { text: v2('API access has not been licensed for this system...'), errors: ['notLicensed'] },
    { text: v3('api access has not been licensed for this system', '0x1007'), errors: ['notLicensed'] },
    {
      name: 'a log with two of the errors',
      text: [
        '2024-05-01 10:00:00 INFO GET https://tc.example.com/api/v2/groups?owner=Acme%20Crop',
        '2024-05-01 10:00:01 ERROR 404 {"status":"Failure","message":"The requested owner was not found"}',
        '2024-05-01 10:00:02 ERROR 403 {"status":"Failure","message":"Access Denied"}',
      ].join('\n'),
      errors: ['ownerNotFound', 'accessDenied'],
    },
  ],
});
