export { RuleTester, type RuleTesterOptions } from './rule-tester.js';
export type { ExpectedError, InvalidCase, TestCases, ValidCase } from './cases.js';
