/** A geodetic datum: GNSS chips report `wgs84`; Amap and Tencent draw `gcj02`; Baidu draws `bd09`. */
export type Datum = 'wgs84' | 'gcj02' | 'bd09';

/** Allowed zones (permit zone, registered site) and forbidden zones (crowded place). */
export type FenceKind = 'allowed' | 'forbidden';

/** A position with its datum, in decimal degrees. */
export interface Position {
  readonly lon: number;
  readonly lat: number;
  readonly datum: Datum;
}

/** A GNSS fix: a position, its accuracy radius in metres and its fix time (ms since the epoch). */
export interface Fix extends Position {
  /** Horizontal accuracy radius in metres (0 = treat the position as exact). */
  readonly accuracy: number;
  /** When the receiver took the fix, in milliseconds since 1970-01-01T00:00:00Z. */
  readonly time: number;
}

/** Where a point lies relative to a fence under the closed-set boundary rule. */
export type PointLocation = 'inside' | 'boundary' | 'outside';

/** The accuracy-aware answer of {@link Fence.decide}. */
export type Decision = 'inside' | 'outside' | 'uncertain';

/** An axis-aligned box `[minLon, minLat, maxLon, maxLat]` in the fence's datum. */
export type BBox = readonly [number, number, number, number];

export const DATUMS: readonly Datum[] = ['wgs84', 'gcj02', 'bd09'];
export const FENCE_KINDS: readonly FenceKind[] = ['allowed', 'forbidden'];
