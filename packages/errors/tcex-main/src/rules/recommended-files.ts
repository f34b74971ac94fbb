import { defineRule, objectOptions } from '@tclint/core';
import { describeRoot, topLevelFiles } from '../app.js';
import { appKind } from '../app-kind.js';
import { CLASS_ID, docsUrl } from '../docs.js';

/** Files a TcEx App directory normally has besides the required ones, and what each is for. */
export const RECOMMENDED_FILES: Readonly<Record<string, string>> = {
  'tcex.json': 'the tcex CLI reads its package settings from it (it stays local and is not packaged)',
  'requirements.txt': "it lists the App's Python dependencies, which the package build installs",
  'README.md': 'it documents the App',
};

const INPUT_MODULES = ['app_inputs.py', 'args.py'] as const;
const shape = { ignore: 'string[]' } as const;

export const recommendedFiles = defineRule({
  meta: {
    id: 'recommended-files',
    subject: 'app',
    classId: CLASS_ID,
    description: 'The App directory has tcex.json, requirements.txt, README.md and its inputs module (app_inputs.py, or args.py in older Apps)',
    docsUrl: docsUrl('recommended-files'),
    severity: 'warn',
    options: objectOptions(shape, { ignore: [] }),
    messages: {
      missingFile: '{{file}} is missing from the App directory: {{why}}',
      missingInputs: 'Neither app_inputs.py (TcEx 4) nor args.py (older TcEx) is in the App directory: the App declares its inputs in one of them',
    },
  },
  check(subject, ctx) {
    const files = topLevelFiles(subject);
    const ignore = new Set(ctx.options.ignore);
    // an external App is not packaged for ThreatConnect, so it has no use for the tcex CLI's package settings
    if (appKind(subject).kind === 'external') ignore.add('tcex.json');
    const root = describeRoot(subject);
    for (const [file, why] of Object.entries(RECOMMENDED_FILES)) {
      if (files.has(file) || ignore.has(file)) continue;
      ctx.report({
        messageId: 'missingFile',
        data: { file, why },
        field: file,
        evidence: [`${root} has no ${file} at its top level`],
        remedies: [`Add ${file} (the TcEx App templates include one), or list it in this rule's "ignore" option`],
      });
    }
    if (INPUT_MODULES.some((f) => files.has(f) || ignore.has(f))) return;
    ctx.report({
      messageId: 'missingInputs',
      field: 'app_inputs.py',
      evidence: [`${root} has neither app_inputs.py nor args.py at its top level`],
      remedies: ['Add app_inputs.py with the App\'s input model (TcEx 4 templates), or args.py for an App on an older TcEx', 'If the App declares its inputs elsewhere, add "app_inputs.py" to this rule\'s "ignore" option'],
    });
  },
});
