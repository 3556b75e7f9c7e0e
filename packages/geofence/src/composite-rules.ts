import { assertDatum, assertLonLat, convertPair } from './datum';
import { distanceMetres } from './distance';
import type { AccuratePosition, Fence } from './fence';
import { GeofenceError } from './geofence-error';
import { assertTime } from './time-window';
import type { Fix } from './types';

function nonNegative(name: string, value: number): void {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
    throw new GeofenceError('ERR_GEO_OPTION_INVALID', `${name} must be a finite number ≥ 0`, {
      details: { name, value: String(value) },
    });
  }
}

/** Options of {@link LeftSiteRule}. */
export interface LeftSiteOptions {
  /** The registered site (an allowed fence). */
  readonly site: Fence;
  /** T: how long the device must stay away. */
  readonly minSeconds: number;
  /** D: how far beyond the boundary it must be, after subtracting the fix's accuracy. */
  readonly minMetres: number;
}

/** Raised by {@link LeftSiteRule}. */
export interface LeftSiteAlert {
  readonly siteId: string;
  /** The first fix of the excursion that was at least D away (ms). */
  readonly since: number;
  /** The fix that completed T seconds away (ms). */
  readonly time: number;
  /** Its signed distance from the site boundary in metres. */
  readonly signedDistance: number;
}

/**
 * "Left registered site" (流动作业): one alert when every fix for at least `minSeconds` lies at
 * least `minMetres` outside the site even at the far edge of its accuracy disc. A fix that is
 * not that far restarts the clock; the rule re-arms once a fix is no longer decisively outside.
 * Feed one device's fixes in fix-time order; older or equal fix times are ignored.
 *
 * @example
 * ```ts
 * import { LeftSiteRule } from '@weldcode/geofence';
 *
 * const rule = new LeftSiteRule({ site, minSeconds: 600, minMetres: 200 });
 * const alert = rule.process({ lon: 121.5, lat: 31.2, datum: 'wgs84', accuracy: 10, time: Date.now() });
 * ```
 */
export class LeftSiteRule {
  private farSince: number | undefined;
  private armed = true;
  private last = Number.NEGATIVE_INFINITY;

  /** @throws {@link GeofenceError} `ERR_GEO_OPTION_INVALID`. */
  constructor(private readonly options: LeftSiteOptions) {
    nonNegative('minSeconds', options.minSeconds);
    nonNegative('minMetres', options.minMetres);
  }

  /** @throws {@link GeofenceError} `ERR_GEO_FIX_INVALID`, `ERR_GEO_TIME_INVALID`. */
  process(fix: Fix): LeftSiteAlert | undefined {
    assertTime(fix.time);
    const { decision, signedDistance } = this.options.site.decide(fix);
    if (fix.time <= this.last) return undefined;
    this.last = fix.time;
    const far = decision === 'outside' && signedDistance - fix.accuracy >= this.options.minMetres;
    if (decision !== 'outside') this.armed = true;
    if (!far) {
      this.farSince = undefined;
      return undefined;
    }
    this.farSince ??= fix.time;
    if (!this.armed || fix.time - this.farSince < this.options.minSeconds * 1000) return undefined;
    this.armed = false;
    return { siteId: this.options.site.id, since: this.farSince, time: fix.time, signedDistance };
  }
}

/** The answer of {@link remoteScan}. */
export interface RemoteScanResult {
  /** `remote`: farther apart than D even at the near edges of both accuracy discs; `near`: within D even at the far edges. */
  readonly decision: 'near' | 'remote' | 'uncertain';
  /** Distance between the two positions in metres (WGS-84). */
  readonly distance: number;
}

/**
 * "Remote scan" (远距离扫码): is the phone that scanned the plate farther than `maxMetres` from the
 * chip, given both accuracies? Both positions are converted to WGS-84 first.
 *
 * @throws {@link GeofenceError} `ERR_GEO_FIX_INVALID`, `ERR_GEO_DATUM_UNKNOWN`, `ERR_GEO_OPTION_INVALID`.
 * @example
 * ```ts
 * import { remoteScan } from '@weldcode/geofence';
 *
 * remoteScan(
 *   { lon: 121.4740, lat: 31.2304, datum: 'gcj02', accuracy: 15 },
 *   { lon: 121.4690, lat: 31.2325, datum: 'wgs84', accuracy: 5 },
 *   100,
 * ); // { decision: 'remote', distance: ... }
 * ```
 */
export function remoteScan(
  phone: AccuratePosition,
  chip: AccuratePosition,
  maxMetres: number,
): RemoteScanResult {
  nonNegative('maxMetres', maxMetres);
  const [px, py] = wgs84Of(phone);
  const [cx, cy] = wgs84Of(chip);
  const distance = distanceMetres(px, py, cx, cy);
  const slack = phone.accuracy + chip.accuracy;
  const decision =
    distance - slack > maxMetres ? 'remote' : distance + slack <= maxMetres ? 'near' : 'uncertain';
  return { decision, distance };
}

function wgs84Of(position: AccuratePosition): [number, number] {
  if (
    typeof position?.accuracy !== 'number' ||
    !Number.isFinite(position.accuracy) ||
    position.accuracy < 0
  ) {
    throw new GeofenceError('ERR_GEO_FIX_INVALID', 'accuracy must be a finite number of metres ≥ 0', {
      details: {},
    });
  }
  assertDatum(position.datum, 'position.datum');
  assertLonLat(position.lon, position.lat, 'ERR_GEO_FIX_INVALID');
  return convertPair(position.lon, position.lat, position.datum, 'wgs84');
}
