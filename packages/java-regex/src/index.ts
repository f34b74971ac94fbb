export { compileJavaRegex, type CompileOptions, type JavaRegex } from './compile.js';
export { JavaRegexError, type JavaRegexErrorKind } from './errors.js';
export { JAVA_FLAGS } from './flags.js';
export { JAVA_VERSION } from './unicode/java-tables.js';
