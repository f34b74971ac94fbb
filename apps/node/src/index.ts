// The linter, from @tclint/preset (every official package and its recommended config; `tclint init --format js` configs import
// OFFICIAL_PLUGINS and recommendedOf from here), and a linter built from plain data
export { createLinter, OFFICIAL_PLUGINS, recommendedOf, type Linter, type LinterOptions, type RuleInfo } from '@tclint/preset';
export { linterFromSetup, type ConfiguredLinter, type LinterSetup } from './config/linter-setup.js';
export { OFFICIAL_PLUGIN_LOADERS, type PluginLoader } from '@tclint/preset';
export { createLinterPool, type LinterPool, type LinterPoolOptions } from './pool/linter-pool.js';
export { runLintWorker } from './pool/serve.js';
export type { LintedPiece, Piece, PieceFormat, PieceJob, ReportMode } from '@tclint/formats';
export type { LintMode } from './pool/protocol.js';

// Config discovery and plugin resolution
export { CONFIG_FILES, findConfigFile, loadConfig, type LoadConfigOptions, type LoadedConfig } from './config/config.js';
export { loadPlugin, type PluginLoad } from './config/load-plugin.js';
export { parseColumns, readInputSettings, type InputSettings } from '@tclint/formats';

// The user's own ThreatConnect instance: its indicatorTypes reply, pulled and saved, then used instead of the recorded one
export { INDICATOR_TYPES_FILE, loadIndicatorTypesFile, patternWarnings, resolveIndicatorTypes, type IndicatorTypesSources, type LoadedIndicatorTypes } from './indicator-types/load.js';
export { INDICATOR_TYPES_PATH, IndicatorTypesReplyError, pullIndicatorTypes, type PulledIndicatorTypes, type PullIndicatorTypesOptions } from './indicator-types/pull.js';
export { customTypesPlugin, IndicatorTypes, IndicatorTypesError, INDICATOR_TYPES_SETTING } from '@tclint/tc-types';
export { ThreatConnectApiError } from '@tclint/client';

// Files and streams: read (through @tclint/formats), lint, diagnose, write back atomically
export { openInput, readExchanges, readRecordBatches, readRecords, type Input } from './input/open-input.js';
export { lintInput, lintInputBatches, type LintInputOptions } from './input/lint-input.js';
export { diagnoseInput } from './diagnose-input.js';
export { createWriter, type WriteTarget } from './output/writer.js';
export { atomicFileSink, streamSink } from './output/sink.js';
export { detectFormat, EXCHANGE_FORMATS, INPUT_FORMATS, InputEncodingError, isRecordError, type CsvColumnChoice, type InputFormat, type InputRecord, type OpenedInput, type ReadItem, type ReadOptions, type RecordError, type RecordReport, type RecordWriter, type WriteOutcome } from '@tclint/formats';
export type { DiagnoseReport, DiagnoseResult, Diagnosis } from '@tclint/diagnosis';

// TcEx app directories
export { appFromDirectory, writeAppChanges, type AppDirectoryOptions } from './app/app-dir.js';

// Formatters
export * from './formatters/index.js';

// Core, for convenience
export { appSubject, ConfigError, exchangeSubject, indicator, indicatorFromSummary, messageSubject } from '@tclint/core';
export type { AppSubject, Config, ConfigEntry, ExchangeSubject, FieldFix, Fix, LintMessage, LintResult, MessageSubject, Plugin, Subject } from '@tclint/core';
