// Everything the command uses from @tclint/node comes through this file, so
// a change in the Node API is a change here. Items still marked "pending" are
// local stand-ins for things @tclint/node does not export yet.
export {
  createLinter,
  loadConfig,
  lintInput,
  openInput,
  readRecords,
  isRecordError,
  splitLines,
  diagnoseReport,
  loadFormatter,
  exchangeSubject,
  messageSubject,
  appSubject,
  OFFICIAL_PLUGINS,
  CONFIG_FILES,
  STREAMING_FORMATTERS,
  DIAGNOSE_FORMATTERS,
  INPUT_FORMATS,
  READ_ERROR_RULE,
} from '@tclint/node';
export type {
  Linter,
  LinterOptions,
  LintInputOptions,
  WriteOutcome,
  LoadedConfig,
  RecordReport,
  DiagnoseReport,
  DiagnoseResult,
  FormatterContext,
  Formatter,
  StreamingFormatter,
  DiagnoseFormatter,
  InputFormat,
  OpenedInput,
  ReadItem,
  RuleInfo,
  Subject,
} from '@tclint/node';

// pending: @tclint/node should re-export signRequest from @tclint/error-signature
export { signRequest } from './pending/sign.js';
