export { OFFICIAL_PLUGINS } from './official.js';
export { loadOfficialPlugins, neededLoaders, OFFICIAL_PLUGIN_LOADERS, type PluginLoader, type PluginNeeds } from './plugin-loaders.js';
export { createLinter, linterConfig } from './linter.js';
export { configWith, createLinterWith, type Linter, type LinterOptions } from './compose.js';
export { presetEntries, recommendedOf } from './presets.js';
export { listRules, type RuleInfo } from './rule-info.js';
export type { DiagnosableSubject, Diagnosis, DiagnoseResult } from '@tclint/diagnosis';
