import { defineRule, type AppSubject } from '@tclint/core';
import { describeRoot, foundBelow, topLevelFiles } from '../app.js';
import { CLASS_ID, docsUrl } from '../docs.js';
import { mainRunsApp, STANDARD_MAIN_PY } from '../main-py.js';

const MAIN = '__main__.py';

export const mainModule = defineRule({
  meta: {
    id: 'main-module',
    subject: 'app',
    classId: CLASS_ID,
    description: "The App directory has a __main__.py that imports run from run.py and calls it; without it Python stops with \"can't find '__main__' module\"",
    docsUrl: docsUrl('main-module'),
    fixable: true,
    severity: 'error',
    messages: {
      missingMain: "__main__.py is missing from {{root}}: Python cannot run the App (\"can't find '__main__' module\"); it must import run from run.py and call it",
      mainDoesNotRun: '__main__.py does not run the App: it must import run from run.py ("from run import run") and call it ("run()")',
    },
  },
  check(subject, ctx) {
    const files = topLevelFiles(subject);
    const root = describeRoot(subject);
    if (!files.has(MAIN)) {
      ctx.report({
        messageId: 'missingMain',
        data: { root },
        field: MAIN,
        fix: { field: MAIN, value: STANDARD_MAIN_PY },
        evidence: [`${root} has ${files.size} files at its top level and no ${MAIN}`, ...runPyEvidence(subject, files), ...nestedEvidence(subject)],
        remedies: [
          'Add __main__.py with the standard two lines, "from run import run" and "run()" (the fix writes it)',
          'If the App lives in a subdirectory, run it from there instead',
        ],
      });
      return;
    }
    const content = subject.readFile(MAIN) ?? '';
    if (mainRunsApp(content)) return;
    const empty = content.trim() === '';
    ctx.report({
      messageId: 'mainDoesNotRun',
      field: MAIN,
      // An empty file loses nothing when replaced; other content is the author's to change.
      ...(empty ? { fix: { field: MAIN, value: STANDARD_MAIN_PY } } : {}),
      evidence: [empty ? `${MAIN} is empty` : `${MAIN} has ${content.split('\n').length} lines, and none imports run from the run module and calls it`],
      remedies: ['Make __main__.py the standard two lines: "from run import run" and "run()"', 'Keep the App start-up in run.py; __main__.py only calls it'],
    });
  },
});

function runPyEvidence(subject: AppSubject, files: Set<string>): string[] {
  if (!files.has('run.py')) return ['run.py is missing too (tcex-main/required-files)'];
  const run = subject.readFile('run.py') ?? '';
  return [/^def run\(/m.test(run) ? 'run.py is there and defines run(), which __main__.py calls' : 'run.py is there but defines no top-level run() function'];
}

function nestedEvidence(subject: AppSubject): string[] {
  const dirs = foundBelow(subject, MAIN);
  return dirs.length ? [`${MAIN} exists in ${dirs.map((d) => `${d}/`).join(', ')}: the App directory may be there`] : [];
}
