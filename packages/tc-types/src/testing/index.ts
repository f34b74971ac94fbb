// Values and examples for tests that compare tclint with ThreatConnect's Java patterns (see @tclint/java-regex/testing for the oracle).
export {
  generateIndicatorValues,
  GENERATOR_SEED,
  HOST_EXCLUDED_WORDS,
  LINE_ENDINGS,
  REGISTRY_ROOTS,
  REGISTRY_VALUE_TYPES,
  type GeneratedValue,
  type GenerateOptions,
} from './generators.js';
export { Random } from './random.js';
export { SEED_EXAMPLES, type SeedExample } from './seed-examples.js';
export { compareWithJava, type VerdictDisagreement } from './compare-with-java.js';
