import type { Engine } from '@tclint/core';
import { indicatorRequestBody, typeNameFix } from '@tclint/formats';
import type { FixMode, FixReport, IndicatorFixRecord } from './options.js';

export interface PreparedBody {
  /** The body to send. */
  body: string;
  /** Undefined when the request is not an indicator create or there was nothing to report. */
  report?: FixReport;
}

/**
 * Checks the indicators of an indicator create (v2 single, v2 batch upload,
 * v3; recognized by `apiPath`, the URL below the base URL) and, in `apply`
 * mode, fixes them. Other requests pass through.
 */
export function prepareBody(engine: Engine, mode: FixMode, request: { method: string; url: string; apiPath: string; body: string }): PreparedBody {
  const { method, url, body } = request;
  if (mode === 'off') return { body };
  const parsed = indicatorRequestBody({ method, url: request.apiPath, headers: {}, body });
  if (!parsed) return { body };
  const indicators: IndicatorFixRecord[] = [];
  for (const entry of parsed.entries) {
    if (!entry.subject) continue;
    // a type named in a feed's vocabulary (`ip-dst`) is sent as ThreatConnect's name (`Address`)
    const result = typeNameFix(entry.typeName, engine.fix(entry.subject));
    const remaining = mode === 'apply' ? result.messages : engine.check(entry.subject).messages;
    if (result.changes.length === 0 && remaining.length === 0) continue;
    indicators.push({ path: entry.path, type: result.subject.type, changes: result.changes, remaining });
    if (mode === 'apply' && result.output && result.changes.length) parsed.update(entry.index, result.output);
  }
  if (indicators.length === 0) return { body };
  const applied = mode === 'apply' && parsed.changed;
  return { body: applied ? parsed.serialize() : body, report: { method, url, mode, applied, indicators } };
}
