import { definePlugin } from '@tclint/core';
import { installJson } from './rules/install-json.js';
import { mainModule } from './rules/main-module.js';
import { message } from './rules/message.js';
import { recommendedFiles } from './rules/recommended-files.js';
import { requiredFiles } from './rules/required-files.js';
import { name, version } from '../package.json';

export const plugin = definePlugin({
  meta: { name, version, namespace: 'tcex-main' },
  rules: {
    message,
    'main-module': mainModule,
    'required-files': requiredFiles,
    'recommended-files': recommendedFiles,
    'install-json': installJson,
  },
});

export default plugin;

export { findTcexTexts, TCEX_TEXTS, type FoundTcexText, type TcexTextKind } from './texts.js';
export { mainRunsApp, STANDARD_MAIN_PY } from './main-py.js';
export { appKind, runsAsDirectory, type AppKind, type AppKindReading } from './app-kind.js';
export { checkInstallJson, INSTALL_JSON_FIELDS, PROGRAM_LANGUAGES, type InstallJsonField, type InstallJsonProblem } from './install-json.js';
export { REQUIRED_FILES } from './rules/required-files.js';
export { RECOMMENDED_FILES } from './rules/recommended-files.js';
export { CLASS_ID } from './docs.js';
