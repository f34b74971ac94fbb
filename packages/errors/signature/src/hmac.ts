import { Sha256 } from './sha256.js';

const BLOCK = 64;
const EMPTY = new Uint8Array(0);
/** Scratch for the inner digest; HMAC is synchronous and never re-entered. */
const INNER_DIGEST = new Uint8Array(32);

/**
 * HMAC-SHA256 (RFC 2104), streaming like `Sha256`: feed a shared prefix once,
 * then `digestWith()` each candidate ending.
 */
export class HmacSha256 {
  private constructor(
    private readonly inner: Sha256,
    private readonly outer: Sha256,
  ) {}

  static withKey(key: Uint8Array): HmacSha256 {
    const block = new Uint8Array(BLOCK);
    block.set(key.length > BLOCK ? new Sha256().update(key).digest() : key);
    const innerPad = new Uint8Array(BLOCK);
    const outerPad = new Uint8Array(BLOCK);
    for (let i = 0; i < BLOCK; i++) {
      innerPad[i] = block[i]! ^ 0x36;
      outerPad[i] = block[i]! ^ 0x5c;
    }
    return new HmacSha256(new Sha256().update(innerPad), new Sha256().update(outerPad));
  }

  update(data: Uint8Array): this {
    this.inner.update(data);
    return this;
  }

  /** The 32-byte MAC. The instance is not changed: it can be updated further. */
  digest(): Uint8Array {
    const out = new Uint8Array(32);
    this.digestWith(EMPTY, out);
    return out;
  }

  /** Writes the MAC of the content so far followed by `extra` into `out`, without changing this instance or allocating. */
  digestWith(extra: Uint8Array, out: Uint8Array): void {
    this.inner.digestWith(extra, INNER_DIGEST);
    this.outer.digestWith(INNER_DIGEST, out);
  }

  clone(): HmacSha256 {
    return new HmacSha256(this.inner.clone(), this.outer);
  }
}

/** HMAC-SHA256 of a message under a key. */
export function hmacSha256(key: Uint8Array, message: Uint8Array): Uint8Array {
  return HmacSha256.withKey(key).update(message).digest();
}
