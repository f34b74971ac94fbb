/**
 * Why a pattern did not compile:
 * - `syntax`: Java refuses it too (`Pattern.compile` throws PatternSyntaxException);
 * - `unsupported`: Java accepts it, but it uses a construct this package does not translate
 *   (it never compiles a pattern to something that could behave differently).
 */
export type JavaRegexErrorKind = 'syntax' | 'unsupported';

/** A Java pattern that cannot be compiled, with the place in the pattern (UTF-16 offset). */
export class JavaRegexError extends Error {
  override readonly name = 'JavaRegexError';

  constructor(
    readonly kind: JavaRegexErrorKind,
    /** What is wrong, without the position: `Unclosed group`, `\X (grapheme cluster) is not supported`. */
    readonly description: string,
    /** The Java pattern. */
    readonly pattern: string,
    /** Offset of the offending construct in `pattern`, in UTF-16 code units. */
    readonly index: number,
  ) {
    super(`${description} at offset ${index} of the Java pattern ${JSON.stringify(pattern)}`);
  }
}
