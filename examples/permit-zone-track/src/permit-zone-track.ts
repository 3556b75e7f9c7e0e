import {
  convertPosition,
  createFence,
  type DeviceFix,
  type Fence,
  FenceIndex,
  GeofenceTracker,
  remoteScan,
  type TrackerEvent,
} from '@weldcode/geofence';

/** Hot-work permit 2026-0518-07: a level-2 (二级) job in a Fengxian workshop yard, drawn on Amap. */
export const permitZone: Fence = createFence({
  id: 'permit-2026-0518-07',
  datum: 'gcj02',
  kind: 'allowed',
  geometry: {
    type: 'Polygon',
    coordinates: [
      [
        [121.4588, 30.9121],
        [121.4612, 30.9121],
        [121.4612, 30.9139],
        [121.4588, 30.9139],
        [121.4588, 30.9121],
      ],
    ],
  },
  windows: [{ type: 'interval', start: '2026-05-18T08:00:00+08:00', end: '2026-05-18T16:00:00+08:00' }],
});

/** The district's crowded-place layer (人员密集场所): a mall drawn on Baidu, a school on Amap. */
export const crowdedPlaces: Fence[] = [
  createFence({
    id: 'mall-nanqiao',
    datum: 'bd09',
    kind: 'forbidden',
    geometry: {
      type: 'Polygon',
      coordinates: [
        [
          [121.4766, 30.92],
          [121.4796, 30.92],
          [121.4796, 30.922],
          [121.4766, 30.922],
          [121.4766, 30.92],
        ],
      ],
    },
    windows: [{ type: 'daily', timeZone: 'Asia/Shanghai', start: '10:00', end: '22:00' }],
  }),
  createFence({
    id: 'school-east',
    datum: 'gcj02',
    kind: 'forbidden',
    geometry: { type: 'Circle', center: [121.4661, 30.9131], radius: 120 },
    windows: [
      { type: 'daily', timeZone: 'Asia/Shanghai', start: '07:30', end: '17:00', days: [1, 2, 3, 4, 5] },
    ],
  }),
];

const START = Date.parse('2026-05-18T09:00:00+08:00');

/**
 * The chip's WGS-84 track: waypoints are given on the Amap (GCJ-02) picture the officer sees and
 * turned into what a GNSS chip really reports, one fix every 10 s along straight legs.
 */
export function chipTrack(): DeviceFix[] {
  const legs: [number, number, number][] = [
    // [minutes after 09:00, GCJ-02 lon, lat]
    [0, 121.457, 30.913], // arriving west of the yard
    [3, 121.46, 30.913], // in the permit zone
    [20, 121.46, 30.913], // welding
    [24, 121.466, 30.9131], // walks to the school gate (during school hours)
    [30, 121.466, 30.9131],
    [40, 121.46, 30.913], // back to work
    [55, 121.46, 30.913],
    [62, 121.46, 30.9165], // drives north, clear of the school
    [75, 121.4716, 30.9165], // then east
    [80, 121.4716, 30.915], // and into the mall's yard
    [95, 121.4716, 30.915],
  ];
  const fixes: DeviceFix[] = [];
  for (let i = 0; i + 1 < legs.length; i++) {
    const [m0, lon0, lat0] = legs[i] as [number, number, number];
    const [m1, lon1, lat1] = legs[i + 1] as [number, number, number];
    for (let s = m0 * 60; s < m1 * 60; s += 10) {
      const f = (s - m0 * 60) / ((m1 - m0) * 60);
      const wgs = convertPosition(
        { lon: lon0 + f * (lon1 - lon0), lat: lat0 + f * (lat1 - lat0), datum: 'gcj02' },
        'wgs84',
      );
      fixes.push({ deviceId: 'chip-FX-0042', ...wgs, accuracy: 4, time: START + s * 1000 });
    }
  }
  return fixes;
}

function clock(time: number): string {
  return new Date(time).toLocaleTimeString('en-GB', { timeZone: 'Asia/Shanghai', hour12: false });
}

function describe(event: TrackerEvent): string {
  const how = event.inferred ? ' (inferred between sparse fixes)' : '';
  return `${clock(event.time)} ${event.type.padEnd(9)} ${event.fenceKind.padEnd(9)} ${event.fenceId}${how}`;
}

/** Runs the scenario and returns the lines main.ts prints. */
export function runExample(): string[] {
  const lines: string[] = [];
  const fences = [permitZone, ...crowdedPlaces];
  const tracker = new GeofenceTracker(fences, {
    hysteresisMetres: 5,
    minDwellSeconds: 20,
    dwellSeconds: 600,
  });
  const track = chipTrack();
  lines.push(`${track.length} WGS-84 fixes from chip-FX-0042, ${fences.length} fences (GCJ-02 and BD-09)`);
  for (const fix of track) for (const event of tracker.process(fix).events) lines.push(describe(event));

  // Scan to start: is the chip in its permit zone now, and in no open crowded place?
  const scanAt = START + 10 * 60_000;
  const chip = track.find((fix) => fix.time === scanAt) as DeviceFix;
  const index = new FenceIndex(crowdedPlaces);
  const zone = permitZone.decide(chip);
  lines.push(
    `scan at ${clock(scanAt)}: permit zone ${zone.decision} (${zone.signedDistance.toFixed(1)} m), ` +
      `permit valid ${permitZone.isActiveAt(scanAt)}, open crowded places here: ${index.query(chip, scanAt).length}`,
  );
  const naive = permitZone.decide({ ...chip, datum: 'gcj02' });
  lines.push(
    `the same fix misread as GCJ-02 would be ${naive.decision}, ${naive.signedDistance.toFixed(0)} m from the zone`,
  );
  const phone = { lon: 121.4662, lat: 30.9175, datum: 'gcj02' as const, accuracy: 15 };
  const far = remoteScan(phone, chip, 100);
  lines.push(`a phone scanning from ${far.distance.toFixed(0)} m away: ${far.decision} scan`);
  return lines;
}
