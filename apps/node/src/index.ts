// The linter
export { createLinter, linterConfig, type DiagnosableSubject, type Linter, type LinterOptions } from './linter.js';
export { OFFICIAL_PLUGINS } from './official.js';
export { listRules, type RuleInfo } from './rule-info.js';
export { linterFromSetup, type LinterSetup } from './linter-setup.js';
export { createLinterPool, type LinterPool, type LinterPoolOptions } from './pool/linter-pool.js';
export type { LintMode } from './pool/protocol.js';
export type { Diagnosis, DiagnoseResult } from './diagnosis.js';
export { INDICATOR_FORMAT_CLASS } from './indicator-format.js';
export { UNRECOGNIZED_CLASS } from './unrecognized.js';

// Config discovery and plugin resolution
export { CONFIG_FILES, findConfigFile, loadConfig, type LoadConfigOptions, type LoadedConfig } from './config.js';
export { loadPlugin, type PluginLoad } from './load-plugin.js';
export { isPlugin, pluginOf } from './plugin-module.js';
export { presetEntries, recommendedOf } from './presets.js';
export { packageCandidates, resolveFrom } from './resolve-module.js';

// ThreatConnect indicator bodies
export { isBatchDocument, parseBody, v2BatchBody, v2Body, v3Body, type BodyEntry, type BodyForm, type BodyOptions, type IndicatorBody } from './bodies.js';
export { indicatorRequestBody } from './indicator-request.js';
export { apiPath } from './api-path.js';
export { typeFromFields, typeOfField } from './field-types.js';

// Reading, linting and writing inputs
export * from './readers/index.js';
export * from './writers/index.js';
export { lintInput, lintInputBatches, type LintInputOptions } from './lint-input.js';
export { diagnoseInput } from './diagnose-input.js';

// TcEx app directories
export { appFromDirectory, writeAppChanges, type AppDirectoryOptions } from './app-dir.js';

// Signing requests (HMAC), from @tclint/error-signature
export { signRequest, type SignedHeaders, type SignRequestInput } from '@tclint/error-signature';
export { diagnoseReport, READ_ERROR_RULE, recordReport, totals, type DiagnoseReport, type RecordReport } from './report.js';

// Formatters
export * from './formatters/index.js';

// Secrets handling
export { isCredentialField, REDACTED, redactText, secretsOf } from './secrets.js';

// Core, for convenience
export { appSubject, ConfigError, exchangeSubject, indicator, indicatorFromSummary, messageSubject } from '@tclint/core';
export type { AppSubject, Config, ConfigEntry, ExchangeSubject, FieldFix, Fix, LintMessage, LintResult, MessageSubject, Plugin, Subject } from '@tclint/core';

// The ThreatConnect client
export * from './client/index.js';
