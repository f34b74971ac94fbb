/** java.util.regex.Pattern's flag bits, for `compileJavaRegex(pattern, { flags })`. */
export const JAVA_FLAGS = {
  UNIX_LINES: 0x01,
  CASE_INSENSITIVE: 0x02,
  COMMENTS: 0x04,
  MULTILINE: 0x08,
  LITERAL: 0x10,
  DOTALL: 0x20,
  UNICODE_CASE: 0x40,
  CANON_EQ: 0x80,
  UNICODE_CHARACTER_CLASS: 0x100,
} as const;

export const ALL_FLAGS = Object.values(JAVA_FLAGS).reduce((all, flag) => all | flag, 0);
