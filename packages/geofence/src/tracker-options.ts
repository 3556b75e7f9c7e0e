import { GeofenceError } from './geofence-error';

/** Tuning of {@link GeofenceTracker}; every field has a default. */
export interface TrackerOptions {
  /** Extra metres a fix must clear beyond its accuracy before the state flips. Default 5. */
  readonly hysteresisMetres?: number;
  /** Seconds a new side must hold (no fix on the old side) before ENTER or EXIT. Default 30. */
  readonly minDwellSeconds?: number;
  /** Seconds inside after which one DWELL event is raised per stay. Default 300. */
  readonly dwellSeconds?: number;
  /** Fixes at least this many seconds apart are checked for a crossing in between. Default 30. */
  readonly sparseGapSeconds?: number;
  /** A fix received more than this many seconds after its fix time is late. Default 60. */
  readonly lateAfterSeconds?: number;
}

export type ResolvedTrackerOptions = Required<TrackerOptions>;

const DEFAULTS: ResolvedTrackerOptions = {
  hysteresisMetres: 5,
  minDwellSeconds: 30,
  dwellSeconds: 300,
  sparseGapSeconds: 30,
  lateAfterSeconds: 60,
};

export function resolveTrackerOptions(options: TrackerOptions): ResolvedTrackerOptions {
  const resolved = { ...DEFAULTS, ...options };
  for (const [name, value] of Object.entries(resolved)) {
    if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
      throw new GeofenceError('ERR_GEO_OPTION_INVALID', `${name} must be a finite number ≥ 0`, {
        details: { name, value: String(value) },
      });
    }
  }
  return resolved;
}
