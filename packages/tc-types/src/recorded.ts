import { IndicatorTypes } from './indicator-types.js';
import recorded from './recorded-indicator-types.json';

/** The shape of an indicatorTypes reply (ThreatConnect writes booleans as strings). */
export interface IndicatorTypesReply {
  readonly _about?: string;
  readonly indicatorType: ReadonlyArray<{
    readonly name: string;
    readonly apiBranch: string;
    readonly apiEntity: string;
    readonly casePreference?: string;
    readonly custom: string;
    readonly parsable: string;
    readonly keys: Readonly<Partial<Record<`key${number}`, string>>>;
    readonly regexes?: readonly string[];
    readonly [option: `value${number}Option`]: string | undefined;
  }>;
}

/**
 * A ThreatConnect server's reply to `GET /v2/types/indicatorTypes?includeAdditional=true`
 * (recorded 2021; provenance in `_about` and in the README): the default definitions, until a
 * user's own instance's reply replaces them.
 */
export const RECORDED_INDICATOR_TYPES: IndicatorTypesReply = recorded;

const RECORDED = IndicatorTypes.fromReply(RECORDED_INDICATOR_TYPES);

/** The recorded reply as a model: the same object for every caller, so that its compiled patterns are shared. */
export function recordedIndicatorTypes(): IndicatorTypes {
  return RECORDED;
}
