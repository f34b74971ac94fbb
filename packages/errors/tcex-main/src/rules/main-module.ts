import { defineRule, type AppSubject } from '@tclint/core';
import { describeRoot, foundBelow, topLevelFiles } from '../app.js';
import { appKind, runsAsDirectory } from '../app-kind.js';
import { CLASS_ID, docsUrl } from '../docs.js';
import { readInstallJson } from '../install-json.js';
import { mainRunsApp, STANDARD_MAIN_PY } from '../main-py.js';

const MAIN = '__main__.py';

export const mainModule = defineRule({
  meta: {
    id: 'main-module',
    subject: 'app',
    classId: CLASS_ID,
    description: "A job or playbook App directory has a __main__.py that runs the App; without it Python stops with \"can't find '__main__' module\"",
    docsUrl: docsUrl('main-module'),
    fixable: true,
    severity: 'error',
    messages: {
      missingMain: "__main__.py is missing from {{root}}: Python cannot run the App (\"can't find '__main__' module\"); it must import run from run.py and call it",
      mainDoesNotRun: '__main__.py does not run the App: it must import run from run.py ("from run import run") and call it ("run()")',
    },
  },
  check(subject, ctx) {
    // service and external Apps are run through their run.py, never as a directory
    const { kind, source } = appKind(subject);
    if (!runsAsDirectory(kind)) return;
    const files = topLevelFiles(subject);
    const root = describeRoot(subject);
    const kindEvidence = kind === 'unknown' ? [`How the App runs is not known (${source}): ThreatConnect runs job and playbook Apps as a directory`] : [`A ${kind} App (${source}): ThreatConnect runs it as a directory, through __main__.py`];
    if (!files.has(MAIN)) {
      ctx.report({
        messageId: 'missingMain',
        data: { root },
        field: MAIN,
        fix: { field: MAIN, value: STANDARD_MAIN_PY },
        evidence: [`${root} has ${files.size} files at its top level and no ${MAIN}`, ...kindEvidence, ...runPyEvidence(subject, files), ...nestedEvidence(subject)],
        remedies: [
          'Add __main__.py with the standard two lines, "from run import run" and "run()" (the fix writes it)',
          'If the App lives in a subdirectory, run it from there instead',
        ],
      });
      return;
    }
    const content = subject.readFile(MAIN) ?? '';
    if (mainRunsApp(content, programMainOf(subject))) return;
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

/** install.json's programMain, which the 2018 launcher runs. */
function programMainOf(subject: AppSubject): string | undefined {
  const main = readInstallJson(subject.readFile('install.json') ?? '')?.programMain;
  return typeof main === 'string' ? main : undefined;
}

function runPyEvidence(subject: AppSubject, files: Set<string>): string[] {
  if (!files.has('run.py')) return ['run.py is missing too (tcex-main/required-files)'];
  const run = subject.readFile('run.py') ?? '';
  return [/^def run\(/m.test(run) ? 'run.py is there and defines run(), which __main__.py calls' : 'run.py is there but defines no top-level run() function'];
}

function nestedEvidence(subject: AppSubject): string[] {
  const dirs = foundBelow(subject, MAIN);
  return dirs.length ? [`${MAIN} exists in ${dirs.map((d) => `${d}/`).join(', ')}: the App directory may be there`] : [];
}
