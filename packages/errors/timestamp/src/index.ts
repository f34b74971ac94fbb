import { definePlugin } from '@tclint/core';
import { exchange } from './rules/exchange.js';
import { message } from './rules/message.js';
import { name, version } from '../package.json';

export const plugin = definePlugin({
  meta: { name, version, namespace: 'timestamp' },
  rules: { exchange, message },
});

export default plugin;

export { diagnoseTimestamp } from './diagnose.js';
export { readTimestamp, type SubsecondUnit, type TimestampReading } from './timestamp-value.js';
export { MAX_SKEW_SECONDS } from './clock.js';
export { TIMESTAMP_ERRORS, timestampErrorIn } from './recognize.js';
