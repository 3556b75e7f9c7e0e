/**
 * Strict RFC 8032 Ed25519 and RFC 7748 X25519 for weldcode: a native `node:crypto` backend and a pure-JS
 * `@noble/ed25519` / `@noble/curves` backend that return the same verdict on every input,
 * plus SHA-2, key ids and byte helpers. Everything is synchronous.
 *
 * @packageDocumentation
 * @module @weldcode/crypto
 */
export { bytesToHex, concatBytes, equalBytes, hexToBytes } from './bytes';
export { CryptoError, type CryptoErrorCode } from './crypto-error';
export {
  type BackendOptions,
  createVerifier,
  defaultBackend,
  type Ed25519Backend,
  generateKeyPair,
  getPublicKey,
  type KeyPair,
  sign,
  type Verifier,
  type VerifierBackend,
  type VerifierOptions,
  verify,
} from './ed25519';
export { PUBLIC_KEY_LENGTH, SECRET_KEY_LENGTH, SIGNATURE_LENGTH } from './ed25519-rules';
export { sha256, sha512 } from './hash';
export { KEY_ID_LENGTH, keyId } from './key-id';
export { X25519_KEY_LENGTH, x25519PublicKey, x25519SharedSecret } from './x25519';
