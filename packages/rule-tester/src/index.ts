export { RuleTester, type RuleTesterOptions } from './rule-tester.js';
export type { ExpectedError, InvalidCase, TestCases, ValidCase } from './cases.js';
export { assertReadmeExample, assertReadmeRules, testReadme, type ReadmeOptions } from './readme.js';
export { readReadme, type ReadmeContents, type ReadmeExample, type ReadmeValue } from './readme-reader.js';
export { ADVERSARIAL_INPUTS, assertFastOnLongInput, cpuMs, fastest, MB, testLongInputs, type FastestOptions, type LongInputOptions } from './long-inputs.js';
export { assertIsCleanHolds, assertMayDetectHolds, testIsClean, testMayDetect, type IsCleanOptions, type MayDetectOptions } from './clean-path.js';
export { exampleTable, formatMessages } from './readme-table.js';
export { testFixProperties, type FixPropertiesOptions } from './fix-properties.js';
export { assertSettleHolds, testSettle, type SettleOptions } from './settle.js';
