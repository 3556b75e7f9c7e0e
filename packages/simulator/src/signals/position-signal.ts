import type { SeededRandom } from '../random';

/** A WGS-84 point. */
export interface GeoPoint {
  lat: number;
  lon: number;
}

/** How the chip gets its fix: open sky GNSS, a shed that forces cell-only fixes, or indoor drift. */
export type PositionMode = 'gnss' | 'cell' | 'indoor';

/** One fix, in the units of the protocol's Location record. */
export interface Fix {
  latE7: number;
  lonE7: number;
  accuracyM: number;
  /** 1 GNSS, 2 cell, 3 Wi-Fi (LocationSource). */
  source: 1 | 2 | 3;
  cells?: { mcc: number; mnc: number; tac: number; cellId: number; rssiDbm: number }[];
}

const M_PER_DEG_LAT = 111_320;

/** Offsets a point by metres north and east. */
export function offsetMetres(point: GeoPoint, northM: number, eastM: number): GeoPoint {
  const lat = point.lat + northM / M_PER_DEG_LAT;
  const lon = point.lon + eastM / (M_PER_DEG_LAT * Math.cos((point.lat * Math.PI) / 180));
  return { lat, lon };
}

/** Great-circle distance in metres (haversine). */
export function distanceMetres(a: GeoPoint, b: GeoPoint): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6_371_000 * Math.asin(Math.sqrt(h));
}

/**
 * Where a machine's chip thinks it is: the true position plus the error of its fix source. GNSS
 * jitters by a few metres, a cell fix is off by hundreds, indoors the estimate drifts as a random
 * walk. Mobile machines change their true position with {@link PositionSignal.moveTo}.
 */
export class PositionSignal {
  private driftN = 0;
  private driftE = 0;

  constructor(
    private truth: GeoPoint,
    public mode: PositionMode,
    private readonly random: SeededRandom,
  ) {}

  get position(): GeoPoint {
    return this.truth;
  }

  moveTo(point: GeoPoint): void {
    this.truth = point;
  }

  fix(): Fix {
    const { random } = this;
    let north: number;
    let east: number;
    let accuracyM: number;
    let source: Fix['source'] = 1;
    if (this.mode === 'gnss') {
      north = random.normal(0, 3);
      east = random.normal(0, 3);
      accuracyM = random.int(3, 8);
    } else if (this.mode === 'cell') {
      north = random.normal(0, 350);
      east = random.normal(0, 350);
      accuracyM = random.int(500, 1500);
      source = 2;
    } else {
      this.driftN = Math.max(-60, Math.min(60, this.driftN + random.normal(0, 4)));
      this.driftE = Math.max(-60, Math.min(60, this.driftE + random.normal(0, 4)));
      north = this.driftN;
      east = this.driftE;
      accuracyM = random.int(20, 60);
      source = 3;
    }
    const p = offsetMetres(this.truth, north, east);
    const fix: Fix = { latE7: Math.round(p.lat * 1e7), lonE7: Math.round(p.lon * 1e7), accuracyM, source };
    if (source === 2) {
      fix.cells = [
        {
          mcc: 460,
          mnc: 0,
          tac: 6_250,
          cellId: 180_000_000 + random.int(0, 9_999),
          rssiDbm: random.int(-105, -75),
        },
      ];
    }
    return fix;
  }
}
