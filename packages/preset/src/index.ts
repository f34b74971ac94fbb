export { OFFICIAL_PLUGINS } from './official.js';
export { createLinter, linterConfig, type Linter, type LinterOptions } from './linter.js';
export { presetEntries, recommendedOf } from './presets.js';
export { listRules, type RuleInfo } from './rule-info.js';
export type { DiagnosableSubject, Diagnosis, DiagnoseResult } from '@tclint/diagnosis';
