import { randomBytes } from 'node:crypto';

/**
 * The randomness and clock a {@link PlatformMachine} uses, recordable and replayable. Answering a
 * hello draws the ephemeral X25519 secret and the server nonce and reads the clock once; recording
 * those lets any instance replay the hello into its own machine and derive the very same session
 * keys, which is how a session outlives the process (and the instance) that started it.
 */
export class HandshakeEntropy {
  private script: { bytes: Uint8Array; offset: number; ms: number } | undefined;
  private recording: { chunks: Uint8Array[]; ms: number | undefined } | undefined;

  constructor(private readonly clock: () => number = Date.now) {}

  /** The machine's random source. */
  readonly random = (length: number): Uint8Array => {
    const script = this.script;
    if (script !== undefined) {
      const out = script.bytes.slice(script.offset, script.offset + length);
      script.offset += length;
      if (out.length === length) return out;
    }
    const fresh = new Uint8Array(randomBytes(length));
    // a copy: the handshake zeroes the ephemeral secret it was given once it is used
    this.recording?.chunks.push(fresh.slice());
    return fresh;
  };

  /** The machine's clock. */
  readonly now = (): number => {
    if (this.script !== undefined) return this.script.ms;
    const ms = this.clock();
    if (this.recording !== undefined) this.recording.ms ??= ms;
    return ms;
  };

  /** Runs `work` and returns what it drew (bytes, first clock reading). */
  record<T>(work: () => T): { result: T; entropy: Uint8Array; ms: number } {
    this.recording = { chunks: [], ms: undefined };
    try {
      const result = work();
      const { chunks, ms } = this.recording;
      return { result, entropy: new Uint8Array(Buffer.concat(chunks)), ms: ms ?? this.clock() };
    } finally {
      this.recording = undefined;
    }
  }

  /** Runs `work` with the randomness and clock of a recorded handshake. */
  replay<T>(entropy: Uint8Array, ms: number, work: () => T): T {
    this.script = { bytes: entropy, offset: 0, ms };
    try {
      return work();
    } finally {
      this.script = undefined;
    }
  }
}
