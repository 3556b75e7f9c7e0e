import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, hexToBytes, utf8ToBytes } from '@noble/hashes/utils.js';
import { CredentialsError } from './credentials-error';
import { normalizeIdNumber } from './id-number';

const MIN_SALT_BYTES = 16;
/** The signed worker credential's id hash (spec/qr.md WC-QR-042): salt(4) ‖ SHA-256(salt ‖ ID)[0..12]. */
const CODE_SALT_BYTES = 4;
const CODE_DIGEST_BYTES = 12;
const CODE_HASH_HEX = 2 * (CODE_SALT_BYTES + CODE_DIGEST_BYTES);

function toBytes(salt: Uint8Array | string): Uint8Array {
  try {
    const bytes = typeof salt === 'string' ? hexToBytes(salt) : salt;
    if (bytes instanceof Uint8Array) return bytes;
  } catch (cause) {
    throw new CredentialsError('ERR_CRED_INPUT_INVALID', 'the ID salt must be hex', { cause });
  }
  throw new CredentialsError('ERR_CRED_INPUT_INVALID', 'the ID salt must be bytes or hex', {});
}

function digest(salt: Uint8Array, idNumber: string): Uint8Array {
  const id = utf8ToBytes(normalizeIdNumber(idNumber));
  const input = new Uint8Array(salt.length + id.length);
  input.set(salt, 0);
  input.set(id, salt.length);
  return sha256(input);
}

/**
 * The salted hash under which a platform stores and compares an ID number:
 * `hex(SHA-256(salt ‖ UTF-8(normalized 18-character ID number)))`, salt at least 16 bytes. A
 * 15-digit number hashes like its 18-digit form, so either card matches.
 *
 * @throws {@link CredentialsError} `ERR_CRED_ID_NUMBER_INVALID` or `ERR_CRED_INPUT_INVALID` (salt).
 * @example
 * ```ts
 * import { hashIdNumber } from '@weldcode/credentials';
 * const idHash = hashIdNumber('11010519491231002X', '000102030405060708090a0b0c0d0e0f');
 * ```
 */
export function hashIdNumber(idNumber: string, salt: Uint8Array | string): string {
  const bytes = toBytes(salt);
  if (bytes.length < MIN_SALT_BYTES) {
    throw new CredentialsError(
      'ERR_CRED_INPUT_INVALID',
      `the ID salt must be at least ${MIN_SALT_BYTES} bytes`,
      {
        details: { minBytes: MIN_SALT_BYTES },
      },
    );
  }
  return bytesToHex(digest(bytes, idNumber));
}

/**
 * The compact id hash a signed worker credential carries (spec/qr.md): the 4-byte salt followed by
 * the first 12 bytes of `SHA-256(salt ‖ normalized ID number)`, as 32 hex characters.
 *
 * @throws {@link CredentialsError} `ERR_CRED_ID_NUMBER_INVALID`, or `ERR_CRED_INPUT_INVALID` unless the salt is 4 bytes.
 * @example
 * ```ts
 * import { codeIdHash } from '@weldcode/credentials';
 * codeIdHash('11010519491231002X', '0a0b0c0d'); // '0a0b0c0d' + 24 hex digits
 * ```
 */
export function codeIdHash(idNumber: string, salt: Uint8Array | string): string {
  const bytes = toBytes(salt);
  if (bytes.length !== CODE_SALT_BYTES) {
    throw new CredentialsError('ERR_CRED_INPUT_INVALID', 'a credential code salt is 4 bytes', {
      details: { bytes: CODE_SALT_BYTES },
    });
  }
  return bytesToHex(bytes) + bytesToHex(digest(bytes, idNumber).subarray(0, CODE_DIGEST_BYTES));
}

/**
 * Whether `idNumber` is the number behind a credential's `idHash`: the compact code form (32 hex
 * characters, salt inside) or the platform form (64 hex characters, salt given).
 */
export function idNumberMatches(idNumber: string, idHash: string, salt: string | undefined): boolean {
  if (idHash.length === CODE_HASH_HEX)
    return hashesEqual(codeIdHash(idNumber, idHash.slice(0, 2 * CODE_SALT_BYTES)), idHash);
  if (salt === undefined) {
    throw new CredentialsError(
      'ERR_CRED_INPUT_INVALID',
      'comparing an ID number needs the credential or district salt',
      {
        details: { field: 'idSalt' },
      },
    );
  }
  return hashesEqual(hashIdNumber(idNumber, salt), idHash);
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
