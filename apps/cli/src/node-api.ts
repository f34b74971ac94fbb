// Everything the command uses from @tclint/node comes through this file, so
// a change in the Node API is a change here.
export {
  createLinter,
  loadConfig,
  CONFIG_FILES,
  lintInput,
  openInput,
  diagnoseInput,
  appFromDirectory,
  writeAppChanges,
  signRequest,
  loadFormatter,
  messageSubject,
  STREAMING_FORMATTERS,
  DIAGNOSE_STREAMING_FORMATTERS,
  EXCHANGE_FORMATS,
} from '@tclint/node';
export type {
  Linter,
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
  SignedHeaders,
} from '@tclint/node';
