/**
 * What the client knows about the server's clock: the offset (server minus
 * local, in ms) measured from the `Date` header of the latest response.
 */
export interface ServerClock {
  /** The last measured offset, or undefined before any response with a `Date` header. */
  readonly measuredOffsetMs: number | undefined;
  /** The offset in use: the measured one when it exceeds the tolerance, else 0. */
  readonly offsetMs: number;
  /** Learns from a response's `Date` header; `sentAt` and `receivedAt` are local epoch ms. */
  learn(dateHeader: string | null, sentAt: number, receivedAt: number): void;
  /** The Timestamp to send now, in epoch seconds. */
  timestamp(localNowMs: number): number;
}

export function createServerClock(toleranceSeconds: number, enabled: boolean): ServerClock {
  let measured: number | undefined;
  const inUse = () => (enabled && measured !== undefined && Math.abs(measured) > toleranceSeconds * 1000 ? measured : 0);
  return {
    get measuredOffsetMs() {
      return measured;
    },
    get offsetMs() {
      return inUse();
    },
    learn(dateHeader, sentAt, receivedAt) {
      if (!dateHeader) return;
      const serverMs = Date.parse(dateHeader);
      if (Number.isNaN(serverMs)) return;
      // The header has whole seconds; compare it with the middle of the round trip.
      measured = serverMs + 500 - (sentAt + receivedAt) / 2;
    },
    timestamp(localNowMs) {
      return Math.floor((localNowMs + inUse()) / 1000);
    },
  };
}
