import { isoSeconds, type JsonObject } from './context.js';
import { summaryOf, type StandinIndicatorType } from './indicator-types.js';
import type { StandinState, StoredIndicator } from './types.js';

let nextId = 1000;

/** Ratings and confidences ride along when they are numbers. */
function metrics(extra: JsonObject): Pick<StoredIndicator, 'rating' | 'confidence'> {
  const out: Pick<StoredIndicator, 'rating' | 'confidence'> = {};
  if (typeof extra.rating === 'number') out.rating = extra.rating;
  if (typeof extra.confidence === 'number') out.confidence = extra.confidence;
  return out;
}

/** Creates an indicator, or updates the one with the same owner, type and summary (ThreatConnect upserts). */
export function storeIndicator(
  state: StandinState,
  type: StandinIndicatorType,
  values: Record<string, string>,
  ownerName: string,
  extra: JsonObject,
  clockMs: number,
): StoredIndicator {
  const summary = summaryOf(type, values);
  const now = isoSeconds(clockMs);
  const existing = state.indicators.find((i) => i.ownerName === ownerName && i.type === type.name && i.summary === summary);
  if (existing) {
    Object.assign(existing, metrics(extra), { lastModified: now });
    return existing;
  }
  const created: StoredIndicator = { id: nextId++, type: type.name, ownerName, summary, values: { ...values }, ...metrics(extra), dateAdded: now, lastModified: now };
  state.indicators.push(created);
  return created;
}

/** The indicator as a v2 response shows it: metadata plus the type's own fields. */
export function v2View(indicator: StoredIndicator): JsonObject {
  const { values, type: _type, ...meta } = indicator;
  return { ...meta, ...values };
}

/** The indicator as a v3 response shows it. */
export function v3View(indicator: StoredIndicator): JsonObject {
  const { values, ...meta } = indicator;
  return { ...meta, ...values, active: true, privateFlag: false };
}
