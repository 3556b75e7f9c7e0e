import { randomBytes } from 'node:crypto';

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK = '10X98765432';

/** A syntactically valid resident ID number (GB 11643 check digit), for seed data only. */
export function idNumber(serial: number): string {
  const body = `31012019800101${String(serial % 1000).padStart(3, '0')}`;
  const sum = [...body].reduce((total, digit, index) => total + Number(digit) * (WEIGHTS[index] ?? 0), 0);
  return `${body}${CHECK[sum % 11]}`;
}

/** A random Ed25519-shaped public key (32 bytes, base64url): the registry only stores it. */
export function publicKey(): string {
  return randomBytes(32).toString('base64url');
}
