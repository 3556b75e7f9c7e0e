import { encodeCanonical } from '../cbor/canonical-encode';
import type { CborMap, CborValue } from '../cbor/cbor-value';
import { decodeStrict } from '../cbor/strict-decode';
import { QrError } from '../qr-error';

/** CBOR tag of COSE_Sign1 (RFC 9052 §4.2). */
export const COSE_SIGN1_TAG = 18;
/** COSE algorithm identifier of EdDSA (RFC 9053 §2.2); weldcode uses it with Ed25519 only. */
export const ALG_EDDSA = -8;
const HEADER_ALG = 1;
const HEADER_KID = 4;
/** Length of a key id: the first 8 bytes of SHA-256(public key). */
export const KID_LENGTH = 8;
const SIGNATURE_LENGTH = 64;

/** A parsed COSE_Sign1 whose signature has not been checked yet. */
export interface CoseSign1 {
  /** The protected header exactly as signed. */
  protectedBytes: Uint8Array;
  kid: Uint8Array;
  payload: Uint8Array;
  signature: Uint8Array;
}

function structure(message: string): never {
  throw new QrError('ERR_QR_COSE_STRUCTURE', message);
}

/** The protected header `{1: -8, 4: kid}` in deterministic CBOR. */
export function protectedHeader(kid: Uint8Array): Uint8Array {
  return encodeCanonical(
    new Map<number, CborValue>([
      [HEADER_ALG, ALG_EDDSA],
      [HEADER_KID, kid],
    ]),
  );
}

/**
 * The bytes Ed25519 signs: `Sig_structure = ["Signature1", protected, h'', payload]`
 * (RFC 9052 §4.4), in deterministic CBOR.
 */
export function sigStructure(protectedBytes: Uint8Array, payload: Uint8Array): Uint8Array {
  // Hot path of every verification: the fixed four-item array is laid out directly; a test checks
  // it against encodeCanonical byte for byte.
  const protectedHead = byteStringHead(protectedBytes.length);
  const payloadHead = byteStringHead(payload.length);
  const out = new Uint8Array(
    SIG_PREFIX.length +
      protectedHead.length +
      protectedBytes.length +
      1 +
      payloadHead.length +
      payload.length,
  );
  let at = 0;
  for (const part of [SIG_PREFIX, protectedHead, protectedBytes, EMPTY_BSTR, payloadHead, payload]) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

/** `84 6a "Signature1"`: array of four, then the context text. */
const SIG_PREFIX = Uint8Array.of(0x84, 0x6a, ...new TextEncoder().encode('Signature1'));
const EMPTY_BSTR = Uint8Array.of(0x40);

function byteStringHead(length: number): Uint8Array {
  if (length < 24) return Uint8Array.of(0x40 | length);
  if (length < 0x100) return Uint8Array.of(0x58, length);
  if (length < 0x10000) return Uint8Array.of(0x59, length >> 8, length & 0xff);
  return Uint8Array.of(0x5a, length >>> 24, (length >> 16) & 0xff, (length >> 8) & 0xff, length & 0xff);
}

/** Assembles a tagged COSE_Sign1 with an empty unprotected header. */
export function encodeCoseSign1(parts: Omit<CoseSign1, 'kid'>): Uint8Array {
  return encodeCanonical(
    [parts.protectedBytes, new Map(), parts.payload, parts.signature] as CborValue[],
    COSE_SIGN1_TAG,
  );
}

function readProtected(protectedBytes: Uint8Array): Uint8Array {
  const header = decodeStrict(protectedBytes);
  if (!(header instanceof Map)) structure('protected header is not a map');
  const map = header as CborMap;
  const alg = map.get(HEADER_ALG);
  if (alg !== ALG_EDDSA) {
    throw new QrError('ERR_QR_COSE_ALGORITHM', 'algorithm must be EdDSA (-8)', { details: { alg } });
  }
  const kid = map.get(HEADER_KID);
  if (!(kid instanceof Uint8Array) || kid.length !== KID_LENGTH) structure('kid must be 8 bytes');
  if (map.size !== 2) structure('protected header carries parameters beyond alg and kid');
  return kid as Uint8Array;
}

/**
 * Parses a tagged COSE_Sign1 of the weldcode profile from strict CBOR: tag 18, protected header
 * `{1: -8, 4: kid}` only, empty unprotected header, embedded payload, 64-byte signature.
 *
 * @throws {@link QrError} `ERR_QR_CBOR_*`, `ERR_QR_COSE_TAG`, `ERR_QR_COSE_STRUCTURE` or
 *   `ERR_QR_COSE_ALGORITHM`.
 * @example
 * ```ts
 * import { decodeCoseSign1, decodeText } from '@weldcode/qr';
 *
 * const { kid, payload } = decodeCoseSign1(decodeText(scanned));
 * ```
 */
export function decodeCoseSign1(bytes: Uint8Array): CoseSign1 {
  const item = decodeStrict(bytes, { topLevelTag: true });
  if (!(typeof item === 'object' && 'tag' in item)) {
    throw new QrError('ERR_QR_COSE_TAG', 'COSE_Sign1 must carry tag 18');
  }
  if (item.tag !== COSE_SIGN1_TAG) {
    throw new QrError('ERR_QR_COSE_TAG', `tag ${item.tag} is not COSE_Sign1 (18)`, {
      details: { tag: item.tag },
    });
  }
  const array = item.value;
  if (!Array.isArray(array) || array.length !== 4) structure('COSE_Sign1 is an array of four items');
  const [protectedBytes, unprotected, payload, signature] = array as CborValue[];
  if (!(protectedBytes instanceof Uint8Array)) structure('protected header must be a byte string');
  if (!(unprotected instanceof Map) || unprotected.size !== 0) structure('unprotected header must be empty');
  if (!(payload instanceof Uint8Array)) structure('payload must be an embedded byte string');
  if (!(signature instanceof Uint8Array) || signature.length !== SIGNATURE_LENGTH) {
    structure('signature must be 64 bytes');
  }
  const kid = readProtected(protectedBytes as Uint8Array);
  return {
    protectedBytes: protectedBytes as Uint8Array,
    kid,
    payload: payload as Uint8Array,
    signature: signature as Uint8Array,
  };
}
