// Ed25519 and SHA-256 come only from @weldcode/crypto (strict RFC 8032, shared by all packages).
export {
  createVerifier,
  getPublicKey,
  keyId,
  sha256,
  sign,
  type VerifierBackend,
} from '@weldcode/crypto';
