import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';

/** A seeded stream of numbers; the same seed gives the same simulation, run after run. */
export interface SeededRandom {
  /** Uniform in [0, 1). */
  next(): number;
  /** Uniform integer in [min, max]. */
  int(min: number, max: number): number;
  /** Normally distributed (Box–Muller). */
  normal(mean: number, sd: number): number;
  /** True with probability p. */
  chance(p: number): boolean;
  /** An independent stream for a named part (a chip, a link), stable whatever else draws. */
  fork(label: string): SeededRandom;
  bytes(length: number): Uint8Array;
}

function hashLabel(seed: number, label: string): number {
  // FNV-1a over the label, mixed with the seed: forks must not depend on draw order
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < label.length; i++) {
    h ^= label.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h | 0;
}

/**
 * Creates a seeded random stream backed by pure-rand's xoroshiro128+.
 *
 * @example
 * ```ts
 * import { seededRandom } from '@weldcode/simulator';
 *
 * const rng = seededRandom(42);
 * rng.next(); // always the same first number for seed 42
 * ```
 */
export function seededRandom(seed: number): SeededRandom {
  const rng = xoroshiro128plus(seed | 0);
  const next = () => uniformFloat64(rng);
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    normal: (mean, sd) => {
      const u = 1 - next();
      const v = next();
      return mean + sd * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    },
    chance: (p) => next() < p,
    fork: (label) => seededRandom(hashLabel(seed, label)),
    bytes: (length) => {
      const out = new Uint8Array(length);
      for (let i = 0; i < length; i++) out[i] = Math.floor(next() * 256);
      return out;
    },
  };
}
