import { ProtocolError } from '../protocol-error';

/** Reads protobuf varints and skips fields, with typed errors on every malformation. */
export class WireReader {
  pos: number;

  constructor(
    readonly bytes: Uint8Array,
    pos = 0,
    readonly end = bytes.length,
  ) {
    this.pos = pos;
  }

  /** A varint as a number; values above 2^53 - 1 are rejected (v1 never needs them). */
  varint(): number {
    const b = this.bytes;
    let result = 0;
    let scale = 1;
    for (let i = 0; i < 10; i++) {
      if (this.pos >= this.end) throw malformed('varint runs past the end', this.pos);
      const byte = b[this.pos++] as number;
      result += (byte & 0x7f) * scale;
      if (byte < 0x80) {
        if (result > Number.MAX_SAFE_INTEGER) {
          throw new ProtocolError('ERR_PROTO_INVALID_FIELD', 'integer above 2^53 - 1', {
            details: { offset: this.pos },
          });
        }
        return result;
      }
      scale *= 128;
    }
    throw malformed('varint longer than 10 bytes', this.pos);
  }

  /** Skips the value of a field of `wireType`; groups are not part of v1 at this level. */
  skip(wireType: number): void {
    switch (wireType) {
      case 0:
        this.varint();
        return;
      case 1:
        this.advance(8);
        return;
      case 2:
        this.advance(this.varint());
        return;
      case 5:
        this.advance(4);
        return;
      default:
        throw malformed(`wire type ${wireType} not allowed here`, this.pos);
    }
  }

  advance(count: number): void {
    if (count > this.end - this.pos) throw malformed('length runs past the end', this.pos);
    this.pos += count;
  }
}

export function malformed(message: string, offset: number, cause?: unknown): ProtocolError {
  return new ProtocolError('ERR_PROTO_MALFORMED', message, { details: { offset }, cause });
}

/** Where the fields of the envelope's top level sit: enough to check and strip the MAC. */
export interface EnvelopeLayout {
  /** Offset of the `mac` field key, or the length when there is no MAC. */
  macStart: number;
  /** The MAC value when the last field is a well-placed MAC. */
  mac: Uint8Array | undefined;
  /** True when a `mac` field appears anywhere but last, or more than once. */
  macMisplaced: boolean;
}

/** Scans the top level of an envelope (WC-PROTO-002, WC-PROTO-004). */
export function scanEnvelope(bytes: Uint8Array, macField: number): EnvelopeLayout {
  const reader = new WireReader(bytes);
  let macStart = bytes.length;
  let mac: Uint8Array | undefined;
  let macCount = 0;
  let lastWasMac = false;
  while (reader.pos < bytes.length) {
    const start = reader.pos;
    const key = reader.varint();
    const field = Math.floor(key / 8);
    const wireType = key % 8;
    if (field === 0) throw malformed('field number 0', start);
    lastWasMac = field === macField && wireType === 2;
    if (lastWasMac) {
      const length = reader.varint();
      const valueStart = reader.pos;
      reader.advance(length);
      macCount++;
      macStart = start;
      mac = bytes.subarray(valueStart, reader.pos);
    } else {
      reader.skip(wireType);
    }
  }
  const macMisplaced = macCount > 1 || (macCount === 1 && !lastWasMac);
  if (macMisplaced) return { macStart: bytes.length, mac: undefined, macMisplaced };
  return { macStart, mac, macMisplaced };
}
