import { readFileSync } from 'node:fs';
import { getPublicKey } from '@weldcode/crypto';
import { CliError } from '../../cli-error';

/** A lab's Ed25519 key as a JWK (RFC 8037): `{"kty":"OKP","crv":"Ed25519","x":..,"d":..}`. */
export interface LabKeyJwk {
  kty: 'OKP';
  crv: 'Ed25519';
  x: string;
  d?: string;
}

const b64u = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64url');

/** The JWK of a secret key (with its public part). */
export function secretKeyToJwk(secretKey: Uint8Array): LabKeyJwk {
  return { kty: 'OKP', crv: 'Ed25519', x: b64u(getPublicKey(secretKey)), d: b64u(secretKey) };
}

function readJwk(path: string): LabKeyJwk {
  let jwk: Partial<LabKeyJwk>;
  try {
    jwk = JSON.parse(readFileSync(path, 'utf8')) as Partial<LabKeyJwk>;
  } catch (cause) {
    throw new CliError('ERR_CLI_BAD_KEY', `cannot read key file ${path}`, { cause });
  }
  if (jwk.kty !== 'OKP' || jwk.crv !== 'Ed25519' || typeof jwk.x !== 'string') {
    throw new CliError('ERR_CLI_BAD_KEY', `${path} is not an Ed25519 JWK`);
  }
  return jwk as LabKeyJwk;
}

/** Reads the secret key of a JWK file. */
export function readSecretKey(path: string): Uint8Array {
  const jwk = readJwk(path);
  if (typeof jwk.d !== 'string') throw new CliError('ERR_CLI_BAD_KEY', `${path} holds no secret key ("d")`);
  const secretKey = new Uint8Array(Buffer.from(jwk.d, 'base64url'));
  if (secretKey.length !== 32) throw new CliError('ERR_CLI_BAD_KEY', `${path}: "d" is not 32 bytes`);
  return secretKey;
}

/** Reads the public key of a JWK file (public or secret). */
export function readPublicKey(path: string): Uint8Array {
  const publicKey = new Uint8Array(Buffer.from(readJwk(path).x, 'base64url'));
  if (publicKey.length !== 32) throw new CliError('ERR_CLI_BAD_KEY', `${path}: "x" is not 32 bytes`);
  return publicKey;
}
