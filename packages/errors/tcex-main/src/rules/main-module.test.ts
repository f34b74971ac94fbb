import { RuleTester } from '@tclint/rule-tester';
import { afterAll } from 'vitest';
import { plugin } from '../index.js';
import { STANDARD_MAIN_PY } from '../main-py.js';
import { appDirectory, removeAppDirectories } from '../testing/app-directories.js';

afterAll(removeAppDirectories);

const LEGACY_MAIN = '# -*- coding: utf-8 -*-\n"""Legacy "main" file for running App"""\n# first-party\nfrom run import run\n\n# call the run method\nrun()\n';
const LAUNCHER = 'class AppLib:\n    def run_app(self):\n        pass\n\n\nif __name__ == \'__main__\':\n    al = AppLib()\n    sys.exit(al.run_app())\n';

new RuleTester().run(plugin, 'main-module', {
  valid: [
    { name: 'the standard __main__.py', subject: appDirectory() },
    { name: 'the legacy TcEx template', subject: appDirectory({ '__main__.py': LEGACY_MAIN }) },
    { name: 'the legacy lib-directory launcher', subject: appDirectory({ '__main__.py': LAUNCHER }) },
    { name: 'an alias', subject: appDirectory({ '__main__.py': 'from run import run as main\n\nmain()\n' }) },
    { name: 'the module imported', subject: appDirectory({ '__main__.py': 'import run\n\nrun.run()\n' }) },
    { name: 'behind a main guard, with sys.exit', subject: appDirectory({ '__main__.py': "import sys\nfrom run import (run)\n\nif __name__ == '__main__':\n    sys.exit(run())\n" }) },
    { name: 'CRLF line ends', subject: appDirectory({ '__main__.py': 'from run import run\r\nrun()\r\n' }) },
  ],
  invalid: [
    { name: 'no __main__.py', subject: appDirectory({ '__main__.py': null }), errors: [{ messageId: 'missingMain', field: '__main__.py' }], output: { '__main__.py': STANDARD_MAIN_PY } },
    { name: 'no __main__.py and no run.py', subject: appDirectory({ '__main__.py': null, 'run.py': null }), errors: ['missingMain'], output: { '__main__.py': STANDARD_MAIN_PY } },
    { name: '__main__.py only in a subdirectory', subject: appDirectory({ '__main__.py': null, 'src/__main__.py': STANDARD_MAIN_PY }), errors: ['missingMain'], output: { '__main__.py': STANDARD_MAIN_PY } },
    { name: 'an empty __main__.py', subject: appDirectory({ '__main__.py': '' }), errors: ['mainDoesNotRun'], output: { '__main__.py': STANDARD_MAIN_PY } },
    { name: 'a blank __main__.py', subject: appDirectory({ '__main__.py': '\n\n  \n' }), errors: ['mainDoesNotRun'], output: { '__main__.py': STANDARD_MAIN_PY } },
    { name: 'imports run but never calls it', subject: appDirectory({ '__main__.py': 'from run import run\n' }), errors: ['mainDoesNotRun'], output: null },
    { name: 'calls run without importing it', subject: appDirectory({ '__main__.py': 'run()\n' }), errors: ['mainDoesNotRun'], output: null },
    { name: 'the call is commented out', subject: appDirectory({ '__main__.py': 'from run import run\n# run()\n' }), errors: ['mainDoesNotRun'], output: null },
    { name: 'imports from another module', subject: appDirectory({ '__main__.py': 'from app import run\nrun()\n' }), errors: ['mainDoesNotRun'], output: null },
  ],
});
