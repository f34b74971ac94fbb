// Node-only helpers for testing against real Java (they start a JVM): not part of the browser-safe main entry.
export {
  findJava,
  javaSkipReason,
  oracleSourcePath,
  startJavaOracle,
  TARGET_JAVA_MAJOR,
  type JavaCase,
  type JavaJudgement,
  type JavaLookup,
  type JavaOracle,
} from './java-oracle.js';
export {
  disagreements,
  formatDisagreements,
  judgeWithJavaScript,
  type CompareOptions,
  type CompiledPatterns,
  type Disagreement,
  type JavaScriptJudgement,
} from './javascript-judge.js';
