import { defineRule, preview } from '@tclint/core';
import { topLevelFiles } from '../app.js';
import { CLASS_ID, docsUrl } from '../docs.js';
import { checkInstallJson, type InstallJsonField, type InstallJsonProblem } from '../install-json.js';

const FILE = 'install.json';
const MODULE_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

export const installJson = defineRule({
  meta: {
    id: 'install-json',
    subject: 'app',
    classId: CLASS_ID,
    description: 'install.json is valid JSON with programMain, programLanguage, programVersion and runtimeLevel',
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
      programMainMissing: 'install.json programMain {{programMain}} names {{file}}, which is not in the App directory',
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
        evidence: [problem.evidence],
        remedies: remediesFor(problem),
      });
    }
    const main = json?.programMain;
    // "run" (job and playbook templates) and "run.py" (service templates) both name run.py
    const module = typeof main === 'string' ? main.replace(/\.py$/, '') : undefined;
    if (module !== undefined && module !== 'run' && MODULE_NAME.test(module) && !topLevelFiles(subject).has(`${module}.py`)) {
      ctx.report({
        messageId: 'programMainMissing',
        data: { programMain: preview(main as string), file: `${module}.py` },
        field: FILE,
        evidence: [`"programMain": ${preview(main as string)}, and the App directory has no ${module}.py`],
        remedies: ['Set programMain to "run" ("run.py" for a service App), as the TcEx templates do, with run.py in the App directory', `Or restore ${module}.py`],
      });
    }
  },
});

const EXAMPLES: Record<InstallJsonField | 'displayName' | 'appId', string> = {
  programMain: '"run" (with run.py and __main__.py in the App directory), or "run.py" for a service App',
  programLanguage: '"PYTHON"',
  programVersion: 'the App version, such as "1.0.0"',
  runtimeLevel: '"Organization" for a job App, "Playbook" for a playbook App, or the service type',
  displayName: 'the name ThreatConnect shows for the App (a string)',
  appId: 'a UUID as a string (tcex package adds one)',
};

function remediesFor(problem: InstallJsonProblem): string[] {
  switch (problem.messageId) {
    case 'byteOrderMark':
      return ['Save install.json as UTF-8 without a byte order mark (the fix removes it)'];
    case 'invalidJson':
    case 'notObject':
      return ['Correct the JSON (python -m json.tool install.json shows where it breaks)', 'Compare with install.json of a TcEx App template'];
    default: {
      const field = problem.data.field as keyof typeof EXAMPLES;
      return [`Set "${field}" to ${EXAMPLES[field]}`, 'tcex validate checks install.json against the TcEx schema'];
    }
  }
}
