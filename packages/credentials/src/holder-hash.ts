import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, hexToBytes, utf8ToBytes } from '@noble/hashes/utils.js';
import { CredentialsError } from './credentials-error';
import { normalizeIdNumber } from './id-number';

const MIN_SALT_BYTES = 16;

function saltBytes(salt: Uint8Array | string): Uint8Array {
  let bytes: Uint8Array;
  try {
    bytes = typeof salt === 'string' ? hexToBytes(salt) : salt;
  } catch (cause) {
    throw new CredentialsError('ERR_CRED_INPUT_INVALID', 'the ID salt must be hex', { cause });
  }
  if (!(bytes instanceof Uint8Array) || bytes.length < MIN_SALT_BYTES) {
    throw new CredentialsError(
      'ERR_CRED_INPUT_INVALID',
      `the ID salt must be at least ${MIN_SALT_BYTES} bytes`,
      {
        details: { minBytes: MIN_SALT_BYTES },
      },
    );
  }
  return bytes;
}

/**
 * The salted hash under which an ID number is stored and compared:
 * `hex(SHA-256(salt ‖ UTF-8(normalized 18-character ID number)))`. A 15-digit number hashes like
 * its 18-digit form, so either card matches.
 *
 * @throws {@link CredentialsError} `ERR_CRED_ID_NUMBER_INVALID` or `ERR_CRED_INPUT_INVALID` (salt).
 * @example
 * ```ts
 * import { hashIdNumber } from '@weldcode/credentials';
 * const idHash = hashIdNumber('11010519491231002X', '000102030405060708090a0b0c0d0e0f');
 * ```
 */
export function hashIdNumber(idNumber: string, salt: Uint8Array | string): string {
  const salted = saltBytes(salt);
  const id = utf8ToBytes(normalizeIdNumber(idNumber));
  const input = new Uint8Array(salted.length + id.length);
  input.set(salted, 0);
  input.set(id, salted.length);
  return bytesToHex(sha256(input));
}

/** Compares two hex hashes without an early exit, so timing does not reveal a matching prefix. */
export function hashesEqual(a: string, b: string): boolean {
  const left = a.toLowerCase();
  const right = b.toLowerCase();
  let diff = left.length ^ right.length;
  for (let i = 0; i < Math.max(left.length, right.length); i++) {
    diff |= (left.charCodeAt(i) | 0) ^ (right.charCodeAt(i) | 0);
  }
  return diff === 0;
}
