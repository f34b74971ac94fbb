// Everything the command uses from @tclint/node (and the signing of
// @tclint/error-signature) comes through this file, so a change in the Node
// API is a change here.
export {
  createLinter,
  createLinterPool,
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
} from '@tclint/node';
export type {
  Linter,
  LinterPool,
  LinterSetup,
  LinterOptions,
  LintInputOptions,
  WriteOutcome,
  RecordReport,
  DiagnoseReport,
  FormatterContext,
  Formatter,
  StreamingFormatter,
  DiagnoseStreamingFormatter,
  InputFormat,
  RuleInfo,
} from '@tclint/node';
export { signRequest, type SignedHeaders } from '@tclint/error-signature';
