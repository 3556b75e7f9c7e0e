import type { CborMap } from '../cbor/cbor-value';
import { dateOf, dayNumber } from './calendar';
import { asMap, bytes, mapOf, uint } from './fields';

/**
 * A machine plate (kind 1): the signed QR on every welding machine.
 *
 * @example
 * ```ts
 * const plate: MachinePlate = {
 *   kind: 'plate', machineId: 1_200_345, chipId: 88_000_123, district: 310120,
 *   issuedOn: '2026-03-01', plateSeq: 1,
 * };
 * ```
 */
export interface MachinePlate {
  kind: 'plate';
  /** The machine's id in the issuing district's registry. */
  machineId: number;
  /** The id of the chip fitted to it. */
  chipId: number;
  /** GB/T 2260 code of the issuing district (310120 = 奉贤区). */
  district: number;
  /** Asia/Shanghai date of issue, `YYYY-MM-DD`. */
  issuedOn: string;
  /** Raised on every reprint; a higher sequence supersedes older plates of the machine. */
  plateSeq: number;
  /** Optional first 8 bytes of SHA-256 of the chip's Ed25519 public key. */
  chipKeyHash?: Uint8Array;
}

const KEYS = [0, 1, 2, 3, 4, 5, 6] as const;
const DISTRICT_MAX = 999_999;

export function encodePlate(plate: MachinePlate): CborMap {
  return mapOf([
    [0, 1],
    [1, uint(plate.machineId, 'machineId')],
    [2, uint(plate.chipId, 'chipId')],
    [3, uint(plate.district, 'district', DISTRICT_MAX)],
    [4, dayNumber(plate.issuedOn, 'issuedOn')],
    [5, uint(plate.plateSeq, 'plateSeq')],
    [6, plate.chipKeyHash === undefined ? undefined : bytes(plate.chipKeyHash, 'chipKeyHash', 8)],
  ]);
}

export function decodePlate(map: CborMap): MachinePlate {
  asMap(map, KEYS, 'plate');
  const chipKeyHash = map.get(6);
  return {
    kind: 'plate',
    machineId: uint(map.get(1), 'machineId'),
    chipId: uint(map.get(2), 'chipId'),
    district: uint(map.get(3), 'district', DISTRICT_MAX),
    issuedOn: dateOf(uint(map.get(4), 'issuedOn', 2_932_896)),
    plateSeq: uint(map.get(5), 'plateSeq'),
    ...(chipKeyHash === undefined ? {} : { chipKeyHash: bytes(chipKeyHash, 'chipKeyHash', 8) }),
  };
}
