import { createFence, type Fence, FenceIndex } from '@weldcode/geofence';
import type { Zone } from '../registry/zone';
import type { CrowdedPlaceFacts, DecisionLookups } from './decision-lookups';

const MAX_CACHED_ZONES = 10_000;

/** A permit zone as an allowed geofence, in the datum it was drawn in (fixes are converted, never the fence). */
export function zoneFence(id: string, zone: Zone): Fence {
  const geometry =
    zone.geometry.type === 'Point'
      ? { type: 'Circle' as const, center: zone.geometry.coordinates, radius: zone.radiusM ?? 0 }
      : zone.geometry;
  return createFence({ id, datum: zone.datum, kind: 'allowed', geometry });
}

/**
 * The fences a decision tests positions against: permit zones (prepared once per permit) and the
 * crowded places as forbidden circles around their sites, open during their weekly hours
 * (Asia/Shanghai), behind a flatbush index rebuilt when it is older than `refreshMs`.
 */
export class DecisionFences {
  private readonly zones = new Map<string, Fence>();
  private crowded: { index: FenceIndex; bySite: Map<string, Fence[]>; builtMs: number } | undefined;

  constructor(
    private readonly lookups: DecisionLookups,
    private readonly crowdedRadiusM: number,
    private readonly refreshMs: number,
    private readonly onError: (error: unknown) => void,
  ) {}

  /** The prepared fence of a permit's zone (permit zones never change once applied for). */
  permitZone(permitId: string, zone: Zone): Fence {
    let fence = this.zones.get(permitId);
    if (fence === undefined) {
      fence = zoneFence(permitId, zone);
      if (this.zones.size >= MAX_CACHED_ZONES) this.zones.clear();
      this.zones.set(permitId, fence);
    }
    return fence;
  }

  /** Crowded places open at `atMs`: those at the site itself and those whose circle holds a position. */
  async openCrowdedPlaces(
    siteId: string | undefined,
    positions: readonly { lon: number; lat: number; datum: 'wgs84' | 'gcj02' | 'bd09' }[],
    atMs: number,
  ): Promise<string[]> {
    const crowded = await this.crowdedIndex(atMs);
    const open = new Set<string>();
    for (const fence of siteId === undefined ? [] : (crowded.bySite.get(siteId) ?? [])) {
      if (fence.isActiveAt(atMs)) open.add(fence.id);
    }
    for (const position of positions)
      for (const fence of crowded.index.query(position, atMs)) open.add(fence.id);
    return [...open];
  }

  /** Forgets the crowded-place index (after the registry changed). */
  invalidate(): void {
    this.crowded = undefined;
  }

  private async crowdedIndex(atMs: number) {
    const cached = this.crowded;
    if (cached !== undefined && Math.abs(atMs - cached.builtMs) < this.refreshMs) return cached;
    const places = await this.lookups.crowdedPlaces();
    const bySite = new Map<string, Fence[]>();
    const located: Fence[] = [];
    for (const place of places) {
      const fence = this.crowdedFence(place);
      if (fence === undefined) continue;
      bySite.set(place.siteId, [...(bySite.get(place.siteId) ?? []), fence]);
      if (place.position !== null) located.push(fence);
    }
    const built = { index: new FenceIndex(located), bySite, builtMs: atMs };
    this.crowded = built;
    return built;
  }

  private crowdedFence(place: CrowdedPlaceFacts): Fence | undefined {
    const windows = place.openingHours.map((hours) => ({
      type: 'daily' as const,
      timeZone: 'Asia/Shanghai',
      start: hours.opens,
      end: hours.closes === '00:00' ? '24:00' : hours.closes,
      days: hours.days,
    }));
    // A place without a position still forbids hot work at its own site: a point fence stands in.
    const position = place.position ?? { lon: 0, lat: 0, datum: 'wgs84' as const };
    try {
      return createFence({
        id: place.id,
        datum: position.datum,
        kind: 'forbidden',
        geometry: { type: 'Circle', center: [position.lon, position.lat], radius: this.crowdedRadiusM },
        windows,
      });
    } catch (error) {
      // Opening hours the geofence package cannot express (e.g. opens = closes) are reported, not guessed.
      this.onError(error);
      return undefined;
    }
  }
}
