// Records: what readers give and writers take, and how a record's outcome is reported
export { INPUT_FORMATS, isRecordError, type ExchangeRecord, type IndicatorRecord, type InputFormat, type InputRecord, type ReadEnd, type ReadItem, type ReadProblem, type RecordError, type RecordOrigin } from './records/record.js';
export { READ_ERROR_RULE, recordReport, totals, type RecordReport } from './records/report.js';
export { eachItem } from './records/batches.js';
export { ownTypeName, typeNameFix } from './records/type-name.js';

// Reading: settle the format of a stream, then read its records (or its exchanges)
export { EXCHANGE_FORMATS, isOpened, openStream, readExchanges, readRecordBatches, readRecords, type InputChunks, type OpenedInput, type ReadOptions } from './readers/read.js';
export { closeStream } from './readers/peek.js';
export { detectFormat } from './readers/detect-format.js';
export { readCsv, type CsvOptions } from './readers/csv.js';
export { csvColumns, csvRow, csvSubject, readCsvHeader, type CsvColumnChoice, type CsvColumns, type CsvVia } from './readers/csv-columns.js';
export { CsvRecordParser, csvQuote, type CsvCell, type CsvStep } from './readers/csv-parser.js';
export { readLineBatches, readLines, readMessages, type LinesOptions } from './readers/lines.js';
export { isCommentLine } from './readers/comment-lines.js';
export { parseColumns, readInputSettings, type InputSettings } from './readers/input-settings.js';
export { readNdjson, readNdjsonBatches, type NdjsonOptions } from './readers/ndjson.js';
export { readBatch, readJson, type JsonOptions } from './readers/json.js';
export { readHar, type HarOptions } from './readers/har.js';
export { exchangeOf, readExchangeJson, readExchangeNdjson, type ExchangeOptions } from './readers/exchanges.js';
export { exchangeSummary, headersOf } from './readers/http-message.js';
export { encodingName, InputEncodingError, sniffEncoding, utf16AsUtf8, type InputEncoding, type Utf16Encoding } from './text/encoding.js';
export { DEFAULT_MAX_KEPT_LINE_BYTES, DEFAULT_MAX_LINE_BYTES, splitLineBatches, splitLines, type ByteLine, type SplitOptions } from './text/split-lines.js';

// ThreatConnect indicator bodies
export { isBatchDocument, parseBody, v2BatchBody, v2Body, v3Body, type BodyEntry, type BodyForm, type BodyOptions, type IndicatorBody } from './bodies/bodies.js';
export { indicatorRequestBody } from './bodies/indicator-request.js';
export { apiPath } from './bodies/api-path.js';
export { typeFromFields, typeOfField } from './bodies/field-types.js';

// Writing records back with fixes applied
export { createRecordWriter, WRITE_CHUNK, type RecordWriter, type RecordWriterOptions, type WriteOutcome } from './writers/writer.js';
export type { Sink } from './writers/sink.js';
export { utf16Sink } from './writers/encoded-sink.js';
export { fixedIndicator, fixedText } from './writers/serialize.js';

// Linting an input in pieces of whole records (each piece read, linted and written back on its own, e.g. in a worker)
export { cutPieces, looksLikeUtf16, type CutInput, type CutOptions, type Piece, type Rest } from './pieces/pieces.js';
export { csvBoundaries, lineBoundaries, type BoundaryScanner, type CsvBoundaryOptions, type LineEnd } from './pieces/record-boundaries.js';
export { bytesSink, isFixed, lintPiece, lintRecord, lintWholePiece, wantsReport, type LintedPiece, type PieceBatch, type PieceFormat, type PieceInput, type PieceJob, type PieceLinter, type PieceSummary, type ReportMode } from './pieces/lint-piece.js';
export { PieceOutput } from './pieces/piece-output.js';
