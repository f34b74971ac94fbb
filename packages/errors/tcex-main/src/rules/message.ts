import { defineRule, lineAt, preview } from '@tclint/core';
import { CLASS_ID, docsUrl } from '../docs.js';
import { STANDARD_MAIN_PY } from '../main-py.js';
import { findTcexTexts, type FoundTcexText } from '../texts.js';

export const message = defineRule({
  meta: {
    id: 'message',
    subject: 'message',
    classId: CLASS_ID,
    description: "Recognizes Python's \"can't find '__main__' module\", the tcex CLI's \"Not in App directory.\" and TcEx's missing-credentials error in texts and logs",
    docsUrl: docsUrl('message'),
    severity: 'error',
    messages: {
      missingMainModule: 'Python found no __main__.py in {{path}}: the App directory needs __main__.py, which imports run from run.py and calls it',
      notInAppDirectory: 'The tcex CLI was run outside an App directory: it needs app.py and run.py in the current directory',
      missingCredentials: 'TcEx was given no ThreatConnect credentials: it needs tc_api_access_id and tc_api_secret_key, or tc_token and tc_token_expires',
    },
  },
  check(subject, ctx) {
    const text = subject.text;
    for (const found of findTcexTexts(text)) {
      const where = `line ${lineAt(text, found.index)}`;
      if (found.kind === 'missingMainModule') {
        const path = found.path === undefined ? 'the directory Python was asked to run' : preview(found.path, 200);
        ctx.report({ messageId: 'missingMainModule', data: { path }, evidence: [`"can't find '__main__' module" found on ${where}`, ...pathEvidence(found)], remedies: mainModuleRemedies(found) });
      } else if (found.kind === 'notInAppDirectory') {
        ctx.report({
          messageId: 'notInAppDirectory',
          evidence: [`"Not in App directory." found on ${where}`],
          remedies: [
            'Change to the App directory (the one with app.py, run.py and install.json) before running tcex commands',
            'If app.py or run.py is missing from the App directory, restore it (tcex init writes them for a new App)',
          ],
        });
      } else {
        ctx.report({
          messageId: 'missingCredentials',
          evidence: [`"At least one set of ThreatConnect credentials must be provided" found on ${where}`],
          remedies: [
            'Give the App tc_api_access_id and tc_api_secret_key (an API user\'s Access ID and secret key), or tc_token and tc_token_expires',
            'For local runs, set them in the inputs the App runs with (the app_inputs.json or tcex.json profile, or environment variables)',
            'Organization and Playbook Apps always need one of these sets; in ThreatConnect the platform passes a token to the App',
          ],
        });
      }
    }
  },
});

function pathEvidence(found: FoundTcexText): string[] {
  const path = found.path;
  if (path === undefined) return ['The message does not name the directory'];
  const shown = preview(path, 200);
  if (path === '' || path === '.' || path === './' || path === '.\\') return [`Python ran the current directory (${shown}), and it has no __main__.py`];
  if (/\.(tcx|zip)$/i.test(path)) return [`Python ran the archive ${shown}: an App package must have __main__.py at its top level`];
  return [`Python ran ${shown}, and it has no __main__.py: check that this is the App directory`];
}

function mainModuleRemedies(found: FoundTcexText): string[] {
  const standard = STANDARD_MAIN_PY.split('\n').filter((l) => l && !l.startsWith('"') && !l.startsWith('#')).join('" and "');
  const remedies = [
    `Add __main__.py to the App directory, the standard two lines: "${standard}" (tclint's tcex-main/main-module rule writes it when fixing the App directory)`,
    'Run the App from its own directory: cd into it and run python . (Python runs the __main__.py it finds there)',
  ];
  if (found.path !== undefined && /\.(tcx|zip)$/i.test(found.path)) remedies.push('Build the App package again with __main__.py included (tcex package)');
  return remedies;
}
