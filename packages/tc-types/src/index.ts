export {
  IndicatorTypes,
  parseIndicatorTypes,
  type FieldFailure,
  type FieldVerdict,
  type TypeMatch,
  type TypesMatchingOptions,
} from './indicator-types.js';
export type { CasePreference, IndicatorType, IndicatorTypeField } from './model.js';
export { IndicatorTypesError, type ReplyProblem } from './parse.js';
export { RECORDED_INDICATOR_TYPES, recordedIndicatorTypes, type IndicatorTypesReply } from './recorded.js';
