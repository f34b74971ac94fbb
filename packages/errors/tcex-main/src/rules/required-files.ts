import { defineRule } from '@tclint/core';
import { describeRoot, foundBelow, topLevelFiles } from '../app.js';
import { appKind } from '../app-kind.js';
import { CLASS_ID, docsUrl } from '../docs.js';

const NOT_IN_APP_DIRECTORY = 'the tcex CLI refuses to work without it ("Not in App directory.")';

/** The files a TcEx App cannot run or be managed without, and why. */
export const REQUIRED_FILES: Readonly<Record<string, string>> = {
  'run.py': `it starts the App (a job or playbook App's __main__.py imports run from it; ThreatConnect runs a service App's run.py), and ${NOT_IN_APP_DIRECTORY}`,
  'app.py': `it holds the App class that run.py starts, and ${NOT_IN_APP_DIRECTORY}`,
  'install.json': "ThreatConnect reads the App's program, runtime level and inputs from it",
};

export const requiredFiles = defineRule({
  meta: {
    id: 'required-files',
    subject: 'app',
    classId: CLASS_ID,
    description: 'The App directory has run.py, app.py and install.json (an external App, run outside ThreatConnect, needs no install.json)',
    docsUrl: docsUrl('required-files'),
    severity: 'error',
    messages: {
      missingFile: '{{file}} is missing from the App directory: {{why}}',
    },
  },
  check(subject, ctx) {
    const files = topLevelFiles(subject);
    const external = appKind(subject).kind === 'external';
    for (const [file, why] of Object.entries(REQUIRED_FILES)) {
      if (files.has(file) || (external && file === 'install.json')) continue;
      const nested = foundBelow(subject, file);
      ctx.report({
        messageId: 'missingFile',
        data: { file, why },
        field: file,
        evidence: [`${describeRoot(subject)} has no ${file} at its top level`, ...(nested.length ? [`${file} exists in ${nested.map((d) => `${d}/`).join(', ')}: the App directory may be there`] : [])],
        remedies: [`Restore ${file} from version control or from the TcEx App template the App was made from`, 'Run the App and the tcex CLI from the directory that holds app.py, run.py and install.json'],
      });
    }
  },
});
