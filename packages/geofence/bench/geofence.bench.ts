/**
 * Benchmarks of @weldcode/geofence side by side with Turf 7 (and gcoord for conversions) in one
 * run. Run: pnpm -C packages/geofence bench   (--quick: short smoke run; --only index|single|convert;
 * --cpu-time: CPU instead of wall time)
 * Numbers are throughput on this machine; correctness figures are exact counts.
 */
import { booleanPointInPolygon } from '@turf/turf';
import Flatbush from 'flatbush';
import gcoord from 'gcoord';
import { Bench } from 'tinybench';
import { convertPosition, createFence, type Fence, FenceIndex } from '../src/index';
import { exactLocate, ulpStep } from '../test/support/exact-reference';
import { nearEdgePoints, seededRandom, starRing } from '../test/support/random';

const quick = process.argv.includes('--quick');
/** `--only index` (or `single`, `convert`) runs one section, e.g. for profiling. */
const only = process.argv[process.argv.indexOf('--only') + 1];
const runs = (section: string) => !process.argv.includes('--only') || only === section;
/**
 * `--cpu-time` times with this process's CPU time (user + system) instead of wall time: on a
 * shared, overloaded machine it leaves out the time spent waiting for a core (not the cache
 * contention). Wall time is the default and the figure to quote on a quiet machine.
 */
const cpuTime = process.argv.includes('--cpu-time');
const now = cpuTime
  ? () => {
      const used = process.cpuUsage();
      return (used.user + used.system) / 1000;
    }
  : () => performance.now();
const time = quick ? 200 : 1500;
const BATCH = 10_000;
const NEAR_EDGE = quick ? 20_000 : 200_000;

type Polygon = { type: 'Polygon'; coordinates: number[][][] };
const rows: Record<string, string | number>[] = [];

function rate(bench: Bench, name: string, perRun: number): number {
  const task = bench.getTask(name);
  const period = (task?.result as { period?: number } | undefined)?.period ?? Number.NaN;
  return perRun / (period / 1000);
}

function fmt(perSecond: number): string {
  return perSecond >= 1e6 ? `${(perSecond / 1e6).toFixed(2)} M/s` : `${(perSecond / 1e3).toFixed(0)} k/s`;
}

function randomPoints(random: () => number, n: number, box: number[]): Float64Array {
  const points = new Float64Array(n * 2);
  for (let i = 0; i < n; i++) {
    points[2 * i] = (box[0] as number) + random() * ((box[2] as number) - (box[0] as number));
    points[2 * i + 1] = (box[1] as number) + random() * ((box[3] as number) - (box[1] as number));
  }
  return points;
}

/** A drawn-looking outline: a wavy closed curve with a little jitter (no spikes). */
function smoothRing(random: () => number, n: number, cx: number, cy: number, radius: number): number[][] {
  const ring: number[][] = [];
  for (let i = 0; i < n; i++) {
    const a = (2 * Math.PI * i) / n;
    const r = radius * (1 + 0.15 * Math.sin(3 * a) + 0.05 * Math.sin(11 * a)) * (0.97 + 0.03 * random());
    ring.push([cx + r * Math.cos(a), cy + r * Math.sin(a)]);
  }
  ring.push([...(ring[0] as number[])]);
  return ring;
}

async function singleFence(
  label: string,
  vertices: number,
  cx: number,
  cy: number,
  radius: number,
  seed: number,
  spiky = false,
): Promise<void> {
  const random = seededRandom(seed);
  const ring = (spiky ? starRing : smoothRing)(random, vertices, cx, cy, radius);
  const geometry: Polygon = { type: 'Polygon', coordinates: [ring] };
  const fence = createFence({ id: label, datum: 'wgs84', kind: 'allowed', geometry });
  const box = [...fence.bbox];
  const pad = (box[2] as number) - (box[0] as number);
  const points = randomPoints(random, BATCH, [
    (box[0] as number) - pad * 0.1,
    (box[1] as number) - pad * 0.1,
    (box[2] as number) + pad * 0.1,
    (box[3] as number) + pad * 0.1,
  ]);
  const near = nearEdgePoints(random, [ring], NEAR_EDGE, ulpStep);
  let ours = 0;
  let turf = 0;
  for (const [x, y] of near as [number, number][]) {
    const expected = exactLocate([ring], x, y) !== 'outside';
    if (fence.containsPoint(x, y) !== expected) ours++;
    if (booleanPointInPolygon([x, y], geometry) !== expected) turf++;
  }
  const nearFlat = Float64Array.from((near as number[][]).slice(0, BATCH).flat());
  let sink = 0;
  const bench = new Bench({ time, now });
  bench
    .add('weldcode random', () => {
      for (let i = 0; i < points.length; i += 2)
        if (fence.containsPoint(points[i] as number, points[i + 1] as number)) sink++;
    })
    .add('turf random', () => {
      for (let i = 0; i < points.length; i += 2)
        if (booleanPointInPolygon([points[i] as number, points[i + 1] as number], geometry)) sink++;
    })
    .add('weldcode near-edge', () => {
      for (let i = 0; i < nearFlat.length; i += 2)
        if (fence.containsPoint(nearFlat[i] as number, nearFlat[i + 1] as number)) sink++;
    })
    .add('turf near-edge', () => {
      for (let i = 0; i < nearFlat.length; i += 2)
        if (booleanPointInPolygon([nearFlat[i] as number, nearFlat[i + 1] as number], geometry)) sink++;
    });
  await bench.run();
  rows.push({
    benchmark: `1 fence, ${label}`,
    'weldcode (random pts)': fmt(rate(bench, 'weldcode random', BATCH)),
    'turf (random pts)': fmt(rate(bench, 'turf random', BATCH)),
    'weldcode (near-edge)': fmt(rate(bench, 'weldcode near-edge', nearFlat.length / 2)),
    'turf (near-edge)': fmt(rate(bench, 'turf near-edge', nearFlat.length / 2)),
    [`disagreements /${NEAR_EDGE / 1000}k (weldcode, turf)`]: `${ours}, ${turf}`,
  });
  if (sink < 0) console.log(sink);
}

async function manyFences(): Promise<void> {
  const count = quick ? 20_000 : 100_000;
  const random = seededRandom(100);
  // A city: 0.6° × 0.5° around Shanghai; fences 30-250 m across.
  const area = [121.2, 31.0, 121.8, 31.5];
  const geometries: Polygon[] = [];
  for (let i = 0; i < count; i++) {
    const cx = (area[0] as number) + random() * 0.6;
    const cy = (area[1] as number) + random() * 0.5;
    geometries.push({
      type: 'Polygon',
      coordinates: [starRing(random, 8 + Math.floor(random() * 17), cx, cy, 0.0003 + random() * 0.002)],
    });
  }
  let t = now();
  const fences: Fence[] = geometries.map((geometry, i) =>
    createFence({ id: `f${i}`, datum: 'wgs84', kind: 'forbidden', geometry }),
  );
  const createMs = now() - t;
  const builds: number[] = [];
  let index = new FenceIndex(fences);
  for (let i = 0; i < 5; i++) {
    t = now();
    index = new FenceIndex(fences);
    builds.push(now() - t);
  }
  const buildMs = builds.sort((a, b) => a - b)[2] as number;
  // The peer: flatbush over Turf bboxes, Turf point-in-polygon on candidates.
  const turfBuilds: number[] = [];
  let peer = new Flatbush(count);
  for (let k = 0; k < 5; k++) {
    t = now();
    peer = new Flatbush(count);
    for (const g of geometries) {
      let minX = Number.POSITIVE_INFINITY;
      let minY = Number.POSITIVE_INFINITY;
      let maxX = Number.NEGATIVE_INFINITY;
      let maxY = Number.NEGATIVE_INFINITY;
      for (const [x, y] of g.coordinates[0] as [number, number][]) {
        minX = Math.min(minX, x);
        minY = Math.min(minY, y);
        maxX = Math.max(maxX, x);
        maxY = Math.max(maxY, y);
      }
      peer.add(minX, minY, maxX, maxY);
    }
    peer.finish();
    turfBuilds.push(now() - t);
  }
  const turfBuildMs = turfBuilds.sort((a, b) => a - b)[2] as number;
  // BATCH points: every task below runs BATCH queries per iteration.
  const queries = randomPoints(random, BATCH, area);
  let ourHits = 0;
  let peerHits = 0;
  for (let i = 0; i < queries.length; i += 2) {
    const x = queries[i] as number;
    const y = queries[i + 1] as number;
    ourHits += index.query({ lon: x, lat: y, datum: 'wgs84' }).length;
    peerHits += peer.search(x, y, x, y, (j) =>
      booleanPointInPolygon([x, y], geometries[j] as Polygon),
    ).length;
  }
  let sink = 0;
  const bench = new Bench({ time, now });
  bench
    .add('weldcode index', () => {
      for (let i = 0; i < queries.length; i += 2)
        sink += index.query({
          lon: queries[i] as number,
          lat: queries[i + 1] as number,
          datum: 'wgs84',
        }).length;
    })
    .add('weldcode index (gcj02 query)', () => {
      for (let i = 0; i < queries.length; i += 2)
        sink += index.query({
          lon: queries[i] as number,
          lat: queries[i + 1] as number,
          datum: 'gcj02',
        }).length;
    })
    .add('flatbush search alone', () => {
      for (let i = 0; i < queries.length; i += 2) {
        const x = queries[i] as number;
        const y = queries[i + 1] as number;
        sink += peer.search(x, y, x, y).length;
      }
    })
    .add('flatbush + turf', () => {
      for (let i = 0; i < queries.length; i += 2) {
        const x = queries[i] as number;
        const y = queries[i + 1] as number;
        sink += peer.search(x, y, x, y, (j) =>
          booleanPointInPolygon([x, y], geometries[j] as Polygon),
        ).length;
      }
    });
  await bench.run();
  rows.push({
    benchmark: `${count / 1000}k fences (8-24 vertices)`,
    'weldcode (random pts)': `${fmt(rate(bench, 'weldcode index', BATCH))} queries`,
    'turf (random pts)': `${fmt(rate(bench, 'flatbush + turf', BATCH))} queries (flatbush search alone ${fmt(rate(bench, 'flatbush search alone', BATCH))})`,
    'weldcode (near-edge)': `gcj02 query: ${fmt(rate(bench, 'weldcode index (gcj02 query)', BATCH))}`,
    'turf (near-edge)': `build ${buildMs.toFixed(0)} ms (turf ${turfBuildMs.toFixed(0)} ms); createFence ×${count / 1000}k ${createMs.toFixed(0)} ms`,
    [`disagreements /${NEAR_EDGE / 1000}k (weldcode, turf)`]: `hits ${ourHits} vs ${peerHits}`,
  });
  if (sink < 0) console.log(sink);
}

async function conversions(): Promise<void> {
  const random = seededRandom(3);
  const n = BATCH;
  const lon = Float64Array.from({ length: n }, () => 73 + random() * 62);
  const lat = Float64Array.from({ length: n }, () => 18 + random() * 35);
  let worstForward = 0;
  let worstRoundTrip = 0;
  for (let i = 0; i < n; i++) {
    const p = { lon: lon[i] as number, lat: lat[i] as number, datum: 'wgs84' as const };
    const ours = convertPosition(p, 'gcj02');
    const ref = gcoord.transform([p.lon, p.lat], gcoord.WGS84, gcoord.GCJ02) as number[];
    worstForward = Math.max(
      worstForward,
      Math.abs(ours.lon - (ref[0] as number)),
      Math.abs(ours.lat - (ref[1] as number)),
    );
    const back = convertPosition(convertPosition(p, 'bd09'), 'wgs84');
    worstRoundTrip = Math.max(
      worstRoundTrip,
      Math.hypot((back.lon - p.lon) * Math.cos((p.lat * Math.PI) / 180), back.lat - p.lat) * 111195.08,
    );
  }
  const gcj = Array.from({ length: n }, (_, i) =>
    convertPosition({ lon: lon[i] as number, lat: lat[i] as number, datum: 'wgs84' }, 'gcj02'),
  );
  let sink = 0;
  const bench = new Bench({ time, now });
  bench
    .add('weldcode wgs84→gcj02', () => {
      for (let i = 0; i < n; i++)
        sink += convertPosition(
          { lon: lon[i] as number, lat: lat[i] as number, datum: 'wgs84' },
          'gcj02',
        ).lon;
    })
    .add('gcoord wgs84→gcj02', () => {
      for (let i = 0; i < n; i++)
        sink += (
          gcoord.transform([lon[i] as number, lat[i] as number], gcoord.WGS84, gcoord.GCJ02) as number[]
        )[0] as number;
    })
    .add('weldcode gcj02→wgs84 (≤1 mm)', () => {
      for (let i = 0; i < n; i++)
        sink += convertPosition(gcj[i] as { lon: number; lat: number; datum: 'gcj02' }, 'wgs84').lon;
    })
    .add('gcoord gcj02→wgs84 (1e-6°)', () => {
      for (let i = 0; i < n; i++)
        sink += (
          gcoord.transform(
            [(gcj[i] as { lon: number }).lon, (gcj[i] as { lat: number }).lat],
            gcoord.GCJ02,
            gcoord.WGS84,
          ) as number[]
        )[0] as number;
    })
    .add('weldcode wgs84→bd09', () => {
      for (let i = 0; i < n; i++)
        sink += convertPosition({ lon: lon[i] as number, lat: lat[i] as number, datum: 'wgs84' }, 'bd09').lon;
    })
    .add('gcoord wgs84→bd09', () => {
      for (let i = 0; i < n; i++)
        sink += (
          gcoord.transform([lon[i] as number, lat[i] as number], gcoord.WGS84, gcoord.BD09) as number[]
        )[0] as number;
    });
  await bench.run();
  for (const [ours, theirs, label] of [
    ['weldcode wgs84→gcj02', 'gcoord wgs84→gcj02', 'wgs84→gcj02'],
    ['weldcode gcj02→wgs84 (≤1 mm)', 'gcoord gcj02→wgs84 (1e-6°)', 'gcj02→wgs84 (inverse)'],
    ['weldcode wgs84→bd09', 'gcoord wgs84→bd09', 'wgs84→bd09'],
  ] as const) {
    rows.push({
      benchmark: `convert ${label}`,
      'weldcode (random pts)': fmt(rate(bench, ours, n)),
      'turf (random pts)': `gcoord ${fmt(rate(bench, theirs, n))}`,
      'weldcode (near-edge)': '',
      'turf (near-edge)':
        label === 'wgs84→gcj02' ? `max |Δ| vs gcoord ${worstForward.toExponential(1)}°` : '',
      [`disagreements /${NEAR_EDGE / 1000}k (weldcode, turf)`]: label.startsWith('wgs84→bd09')
        ? `bd09 round trip max ${(worstRoundTrip * 1000).toFixed(4)} mm`
        : '',
    });
  }
  if (sink < 0) console.log(sink);
}

if (runs('single')) {
  await singleFence('50 vertices', 50, 121.47, 31.23, 0.01, 1);
  await singleFence('1000 vertices', 1000, 121.47, 31.23, 0.01, 2);
  await singleFence('50 vertices around (0,0)', 50, 0, 0, 0.001, 3);
  await singleFence('1000 vertices around (0,0)', 1000, 0, 0, 0.001, 4);
  await singleFence('1000 vertices, spiky star', 1000, 121.47, 31.23, 0.01, 5, true);
}
if (runs('index')) await manyFences();
if (runs('convert')) await conversions();
console.log(`node ${process.version}, ${quick ? 'quick' : 'full'} run, ${cpuTime ? 'CPU' : 'wall'} time`);
console.table(rows);
