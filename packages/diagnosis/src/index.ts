export { diagnoseWith } from './diagnose.js';
export type { DiagnosableSubject, Diagnosis, DiagnoseResult } from './diagnosis.js';
export { INDICATOR_FORMAT_CLASS, indicatorFormatDiagnoses, type IndicatorFormatFindings } from './indicator-format.js';
export { UNRECOGNIZED_CLASS, unrecognizedDiagnosis } from './unrecognized.js';
export { diagnoseReport, type DiagnoseReport } from './report.js';
export { diagnoseOpened, diagnoseText, type Diagnoser } from './diagnose-input.js';
export { isCredentialField, REDACTED, redactText, secretsOf } from './secrets.js';
export { printedMessage, safeFix, type PrintedMessage } from './printed-message.js';
export { jsonDiagnoseRecord, jsonRecord, type JsonDiagnoseRecord, type JsonDiagnosis, type JsonRecord } from './json-records.js';
