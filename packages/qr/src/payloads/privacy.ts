import { sha256 } from '../crypto';
import { schemaError } from './fields';

const ID_PATTERN = /^\d{17}[\dX]$/;
const SALT_LENGTH = 4;

/**
 * The credential's id hash (WC-QR-042): `salt ‖ SHA-256(salt ‖ ASCII(ID))[0..12]`. Pass no salt
 * to draw a fresh random one (issuing); pass the first 4 bytes of a credential's `idHash` to
 * check an ID card against it.
 *
 * @example
 * ```ts
 * import { hashIdNumber, equalIdHash } from '@weldcode/qr';
 *
 * const idHash = hashIdNumber('31012019800101123X');
 * equalIdHash(idHash, '31012019800101123x'); // true
 * ```
 */
export function hashIdNumber(idNumber: string, salt?: Uint8Array): Uint8Array {
  const id = idNumber.trim().toUpperCase();
  if (!ID_PATTERN.test(id)) schemaError('an ID number has 17 digits and a check character', 'idNumber');
  const saltBytes = salt ?? globalThis.crypto.getRandomValues(new Uint8Array(SALT_LENGTH));
  if (saltBytes.length !== SALT_LENGTH) schemaError('the salt is 4 bytes', 'salt');
  const input = new Uint8Array(SALT_LENGTH + id.length);
  input.set(saltBytes);
  input.set(new TextEncoder().encode(id), SALT_LENGTH);
  const out = new Uint8Array(16);
  out.set(saltBytes);
  out.set(sha256(input).subarray(0, 12), SALT_LENGTH);
  return out;
}

/**
 * Whether an ID number (read from an ID card) belongs to the credential's id hash.
 *
 * @example
 * ```ts
 * import { equalIdHash } from '@weldcode/qr';
 *
 * if (!equalIdHash(credential.idHash, idCardNumber)) console.log('not the holder');
 * ```
 */
export function equalIdHash(idHash: Uint8Array, idNumber: string): boolean {
  if (idHash.length !== 16) return false;
  let expected: Uint8Array;
  try {
    expected = hashIdNumber(idNumber, idHash.subarray(0, SALT_LENGTH));
  } catch {
    return false;
  }
  let diff = 0;
  for (let i = 0; i < 16; i += 1) diff |= (expected[i] as number) ^ (idHash[i] as number);
  return diff === 0;
}

/**
 * Masks a name as WC-QR-041 requires: keeps the first and last character, or only the first of
 * a two-character name.
 *
 * @example
 * ```ts
 * import { maskName } from '@weldcode/qr';
 *
 * maskName('张三明'); // '张*明'
 * maskName('王五'); // '王*'
 * maskName('欧阳建华'); // '欧**华'
 * ```
 */
export function maskName(name: string): string {
  const chars = [...name.trim()];
  if (chars.length === 0) schemaError('a name is not empty', 'name');
  if (chars.length <= 2) return `${chars[0]}*`;
  return `${chars[0]}${'*'.repeat(chars.length - 2)}${chars[chars.length - 1]}`;
}
