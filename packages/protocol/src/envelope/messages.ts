import type { weldcode } from '../generated/weldcode';
import type { BodyKind } from './body-kinds';

type LongLike = Exclude<weldcode.v1.Envelope['seq'], number>;

/**
 * A generated protobufjs property type as plain data: 64-bit integers as `number` (they stay below
 * 2^53 in v1), bytes as `Uint8Array`, no `$unknowns`.
 */
export type Plain<T> = T extends LongLike
  ? number
  : T extends Uint8Array
    ? Uint8Array
    : T extends readonly (infer U)[]
      ? Plain<U>[]
      : T extends object
        ? { [K in keyof T as K extends '$unknowns' ? never : K]: Plain<T[K]> }
        : T;

/** The plain value of one body kind, e.g. `BodyOf<'telemetry'>`. */
export type BodyOf<K extends BodyKind> = Plain<NonNullable<weldcode.v1.Envelope.$Properties[K]>>;

/** The body of an envelope: its kind and the message. */
export type EnvelopeBody = { [K in BodyKind]: { kind: K; value: BodyOf<K> } }[BodyKind];

/** One envelope as plain data (spec/protocol.md section 1). */
export interface Envelope {
  /** Record sequence number in its boot epoch; 0 for transient messages. */
  seq: number;
  body: EnvelopeBody;
}

/** Telemetry record (spec/protocol.md 2.1); series are delta-encoded on the wire. */
export type Telemetry = BodyOf<'telemetry'>;
/** Location record (spec/protocol.md 2.2). */
export type Location = BodyOf<'location'>;
/** A platform-signed state-changing directive as carried (spec/protocol.md section 9). */
export type SignedDirective = BodyOf<'directive'>;
/** The signed content of a {@link SignedDirective}. */
export type Directive = Plain<weldcode.v1.Directive.$Properties>;
/** An unlock grant inside a directive. */
export type Grant = Plain<weldcode.v1.Grant.$Properties>;
