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
export { INDICATOR_TYPES_SETTING, indicatorTypesOf } from './settings.js';
export { platformPatternRule, type PlatformPatternRuleOptions } from './platform-pattern-rule.js';
export { customTypesOf, customTypesPlugin, CUSTOM_TYPE_CONFIDENCE, SHARED_PATTERN_CONFIDENCE, type CustomTypesPluginOptions } from './custom-types-plugin.js';
