import { utf16Encoder, type Utf16Encoding } from '../text/encoding.js';
import type { Sink } from './sink.js';

/** A sink that takes UTF-8 bytes (what writers produce) and writes them on as UTF-16, so a UTF-16 input is written back as it came. */
export function utf16Sink(sink: Sink, encoding: Utf16Encoding): Sink {
  const encoder = utf16Encoder(encoding);
  return {
    write: (bytes) => sink.write(encoder.encode(bytes)),
    async commit() {
      const rest = encoder.flush();
      if (rest.length) await sink.write(rest);
      await sink.commit();
    },
    discard: () => sink.discard(),
  };
}
