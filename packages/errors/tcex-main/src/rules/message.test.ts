import { RuleTester } from '@tclint/rule-tester';
import { plugin } from '../index.js';

const CREDENTIALS = 'At least one set of ThreatConnect credentials must be provided (tc_api_access_id/tc_api_secret key OR tc_token/tc_token_expires).';

new RuleTester().run(plugin, 'message', {
  valid: [
    "AttributeError: module '__main__' has no attribute 'App'",
    "ModuleNotFoundError: No module named 'run'",
    'Not in App mode',
    'Access Denied',
    '',
  ].map((text) => ({ text })),
  invalid: [
    // The seed's two renderings, verbatim.
    { text: 'Can’t find ‘__main__’ module in ‘.’', errors: [{ messageId: 'missingMainModule', data: { path: '"."' } }] },
    { text: "can't find '__main__' module in '.'", errors: [{ messageId: 'missingMainModule', data: { path: '"."' } }] },
    // The paths newer Pythons print.
    { text: "/usr/bin/python3: can't find '__main__' module in '/abs/path'", errors: [{ messageId: 'missingMainModule', data: { path: '"/abs/path"' } }] },
    { text: "python: can't find '__main__' module in './'", errors: [{ messageId: 'missingMainModule', data: { path: '"./"' } }] },
    { text: "python: can't find '__main__' module in ''", errors: [{ messageId: 'missingMainModule', data: { path: '""' } }] },
    { text: 'python: can\'t find \'__main__\' module in "/home/me/it\'s app"', errors: [{ messageId: 'missingMainModule', data: { path: '"/home/me/it\'s app"' } }] },
    { text: "C:\\Python311\\python.exe: can't find '__main__' module in 'C:\\\\Users\\\\me\\\\app'", errors: [{ messageId: 'missingMainModule', data: { path: '"C:\\\\Users\\\\me\\\\app"' } }] },
    { text: "python3: can't find '__main__' module in 'TCOA_-_Example.tcx'", errors: [{ messageId: 'missingMainModule', data: { path: '"TCOA_-_Example.tcx"' } }] },
    { text: "CAN'T FIND '__MAIN__' MODULE IN '.'", errors: ['missingMainModule'] },
    { text: "can't find '__main__' module", errors: [{ messageId: 'missingMainModule', data: { path: 'the directory Python was asked to run' } }] },
    { text: "can't find '__main__' module in '/unterminated\n", errors: [{ messageId: 'missingMainModule', data: { path: 'the directory Python was asked to run' } }] },
    {
      name: 'a job log',
      text: ['2024-05-01 10:00:00 Starting App', "2024-05-01 10:00:01 /usr/local/bin/python3.11: can't find '__main__' module in '/opt/threatconnect/apps/example'", '2024-05-01 10:00:01 exit code 1'].join('\n'),
      errors: [{ messageId: 'missingMainModule', data: { path: '"/opt/threatconnect/apps/example"' } }],
    },
    { text: 'Not in App directory.', errors: ['notInAppDirectory'] },
    { text: '$ tcex package\nNot in App directory.\n', errors: ['notInAppDirectory'] },
    { text: 'not in app directory', errors: ['notInAppDirectory'] },
    { text: CREDENTIALS, errors: ['missingCredentials'] },
    { text: `pydantic.error_wrappers.ValidationError: 1 validation error for AppInputs\ntc_token\n  ${CREDENTIALS} (type=value_error)`, errors: ['missingCredentials'] },
    { text: CREDENTIALS.toUpperCase(), errors: ['missingCredentials'] },
  ],
});
