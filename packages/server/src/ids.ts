import { randomBytes } from 'node:crypto';

/**
 * A new record id: a type prefix, the creation time and 64 random bits, so ids sort by creation
 * time (keyset pagination returns records in the order they were made) and never collide.
 */
export function newId(prefix: string, now: number = Date.now()): string {
  return `${prefix}_${now.toString(36).padStart(9, '0')}${randomBytes(8).toString('hex')}`;
}
