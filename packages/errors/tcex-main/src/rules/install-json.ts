import { defineRule } from '@tclint/core';
import { topLevelFiles } from '../app.js';
import { CLASS_ID, docsUrl } from '../docs.js';
import { checkInstallJson, type InstallJsonField, type InstallJsonProblem } from '../install-json.js';
import { printable } from '../text.js';

const FILE = 'install.json';
const MODULE_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

export const installJson = defineRule({
  meta: {
    id: 'install-json',
    subject: 'app',
    classId: CLASS_ID,
    description: 'install.json is valid JSON with programMain, programLanguage, programVersion, runtimeLevel, displayName and appId',
    docsUrl: docsUrl('install-json'),
    fixable: true,
    severity: 'error',
    messages: {
      byteOrderMark: "install.json starts with a byte order mark, which Python's json module rejects: save it as UTF-8 without BOM",
      invalidJson: 'install.json is not valid JSON: {{reason}}',
      notObject: 'install.json must hold a JSON object, not {{kind}}',
      missingField: 'install.json has no "{{field}}": {{meaning}}',
      wrongType: 'install.json "{{field}}" must be {{expected}}, not {{actual}}',
      invalidValue: 'install.json "{{field}}" is not usable: {{problem}}',
      programMainMissing: 'install.json programMain "{{programMain}}" names {{programMain}}.py, which is not in the App directory',
    },
  },
  check(subject, ctx) {
    if (!topLevelFiles(subject).has(FILE)) return; // tcex-main/required-files reports it
    const text = subject.readFile(FILE) ?? '';
    const { problems, json } = checkInstallJson(text);
    for (const problem of problems) {
      ctx.report({
        messageId: problem.messageId,
        data: problem.data,
        field: FILE,
        ...(problem.messageId === 'byteOrderMark' ? { fix: { field: FILE, value: text.slice(1) } } : {}),
        evidence: [printable(problem.evidence, 200)],
        remedies: remediesFor(problem),
      });
    }
    const main = json?.programMain;
    if (typeof main === 'string' && main !== 'run' && MODULE_NAME.test(main) && !topLevelFiles(subject).has(`${main}.py`)) {
      ctx.report({
        messageId: 'programMainMissing',
        data: { programMain: main },
        field: FILE,
        evidence: [`"programMain": "${main}", and the App directory has no ${main}.py`],
        remedies: ['Set programMain to "run", as the TcEx templates do, with run.py and __main__.py in the App directory', `Or restore ${main}.py`],
      });
    }
  },
});

const EXAMPLES: Record<InstallJsonField, string> = {
  programMain: '"run" (with run.py and __main__.py in the App directory)',
  programLanguage: '"PYTHON"',
  programVersion: 'the App version, such as "1.0.0"',
  runtimeLevel: '"Organization" for a job App, "Playbook" for a playbook App, or the service type',
  displayName: 'the name ThreatConnect shows for the App',
  appId: 'a new UUID (python -c "import uuid; print(uuid.uuid4())"), kept the same in later versions',
};

function remediesFor(problem: InstallJsonProblem): string[] {
  switch (problem.messageId) {
    case 'byteOrderMark':
      return ['Save install.json as UTF-8 without a byte order mark (the fix removes it)'];
    case 'invalidJson':
    case 'notObject':
      return ['Correct the JSON (python -m json.tool install.json shows where it breaks)', 'Compare with install.json of a TcEx App template'];
    default: {
      const field = problem.data.field as InstallJsonField;
      return [`Set "${field}" to ${EXAMPLES[field]}`, 'tcex validate checks install.json against the TcEx schema'];
    }
  }
}
