export { createWriter, type RecordWriter, type WriteOutcome, type WriteTarget } from './writer.js';
export { atomicFileSink, streamSink, type Sink } from './sink.js';
export { fixedIndicator, fixedText } from './serialize.js';
