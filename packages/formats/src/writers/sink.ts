/** Where a writer's bytes go: a file (atomically, in @tclint/node), a stream, a buffer in a page. */
export interface Sink {
  write(bytes: Uint8Array): Promise<void>;
  /** Makes the output final (renames a temp file over the target). */
  commit(): Promise<void>;
  /** Throws the output away. */
  discard(): Promise<void>;
}
