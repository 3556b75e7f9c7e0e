import type { CborValue } from '../cbor/cbor-value';
import { decodeCredential, encodeCredential, type WorkerCredential } from './credential';
import { asMap, named } from './fields';
import { decodePermit, encodePermit, type HotWorkPermit } from './permit';
import { decodePlate, encodePlate, type MachinePlate } from './plate';
import { decodeRevocationList, encodeRevocationList, type RevocationList } from './revocation-list';
import { decodeTrustList, encodeTrustList, type TrustList } from './trust-list';
import { PAYLOAD_KINDS } from './vocabulary';

/** Any signed weldcode payload, discriminated by `kind`. */
export type Payload = MachinePlate | WorkerCredential | HotWorkPermit | TrustList | RevocationList;
/** The three kinds printed as QR codes. */
export type CodePayload = MachinePlate | WorkerCredential | HotWorkPermit;

const ALL_KEYS = Array.from({ length: 24 }, (_, i) => i);

/** Payload → CBOR map (validated on the way). */
export function payloadToCbor(payload: Payload): CborValue {
  switch (payload.kind) {
    case 'plate':
      return encodePlate(payload);
    case 'credential':
      return encodeCredential(payload);
    case 'permit':
      return encodePermit(payload);
    case 'trust-list':
      return encodeTrustList(payload);
    case 'revocation':
      return encodeRevocationList(payload);
  }
}

/** CBOR value → payload, or `ERR_QR_SCHEMA`. */
export function payloadFromCbor(value: CborValue): Payload {
  const map = asMap(value, ALL_KEYS, 'payload');
  switch (named(map.get(0), PAYLOAD_KINDS, 'kind')) {
    case 'plate':
      return decodePlate(map);
    case 'credential':
      return decodeCredential(map);
    case 'permit':
      return decodePermit(map);
    case 'trust-list':
      return decodeTrustList(map);
    default:
      return decodeRevocationList(map);
  }
}
