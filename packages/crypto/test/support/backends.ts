import { createVerifier, type Verifier, type VerifierBackend, verify } from '../../src/index';

/** Every way this package can verify, so each vector and property runs through all of them. */
export const VERIFY_PATHS: ReadonlyArray<{ name: string; prepare: (publicKey: Uint8Array) => Verifier }> = [
  { name: 'verify native', prepare: (k) => (s, m) => verify(s, m, k, { backend: 'native' }) },
  { name: 'verify noble', prepare: (k) => (s, m) => verify(s, m, k, { backend: 'noble' }) },
  ...(['native', 'noble', 'noble-precomputed'] as VerifierBackend[]).map((backend) => ({
    name: `createVerifier ${backend}`,
    prepare: (k: Uint8Array) => createVerifier(k, { backend }),
  })),
];

/** The verdict of every path; a test asserts they are all equal. */
export function verdicts(signature: Uint8Array, message: Uint8Array, publicKey: Uint8Array): boolean[] {
  return VERIFY_PATHS.map((path) => path.prepare(publicKey)(signature, message));
}
