// Everything the command uses from @tclint/node (and the signing of
// @tclint/error-signature) comes through this file, so a change in the Node
// API is a change here.
export {
  createLinter,
  detectFormat,
  OFFICIAL_PLUGIN_LOADERS,
  linterFromSetup,
  loadConfig,
  CONFIG_FILES,
  lintInputBatches,
  openInput,
  diagnoseInput,
  appFromDirectory,
  writeAppChanges,
  loadFormatter,
  messageSubject,
  STREAMING_FORMATTERS,
  DIAGNOSE_STREAMING_FORMATTERS,
  EXCHANGE_FORMATS,
  findConfigFile,
  INDICATOR_TYPES_FILE,
  IndicatorTypesError,
  IndicatorTypesReplyError,
  InputEncodingError,
  parseColumns,
  pullIndicatorTypes,
  ThreatConnectApiError,
} from '@tclint/node';
export type {
  Linter,
  ConfiguredLinter,
  CsvColumnChoice,
  InputSettings,
  LinterPool,
  LinterSetup,
  LinterOptions,
  LintInputOptions,
  WriteOutcome,
  RecordReport,
  ReportMode,
  DiagnoseReport,
  FormatterContext,
  Formatter,
  StreamingFormatter,
  DiagnoseStreamingFormatter,
  InputFormat,
  RuleInfo,
} from '@tclint/node';
export type { SignedHeaders } from '@tclint/error-signature';
import type { signRequest } from '@tclint/error-signature';

/** The signing function, loaded when a command signs (its hashing library stays unread by the other commands). */
export const loadSignRequest = (): Promise<typeof signRequest> => import('@tclint/error-signature').then((m) => m.signRequest);
