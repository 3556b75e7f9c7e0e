/** mulberry32: a tiny seeded generator so every test run sees the same numbers. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Standard normal sample (Box-Muller). */
export function gaussian(random: () => number): number {
  const u = 1 - random();
  const v = random();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}

/** A star-shaped (hence simple) closed ring of n vertices around (cx, cy). */
export function starRing(
  random: () => number,
  n: number,
  cx: number,
  cy: number,
  radius: number,
): number[][] {
  const ring: number[][] = [];
  for (let i = 0; i < n; i++) {
    const angle = (2 * Math.PI * (i + 0.1 + 0.8 * random())) / n;
    const r = radius * (0.5 + 0.5 * random());
    ring.push([cx + r * Math.cos(angle), cy + r * Math.sin(angle)]);
  }
  ring.push([...(ring[0] as number[])]);
  return ring;
}

/** Points on and within a few ulps of every edge and vertex of the rings. */
export function nearEdgePoints(
  random: () => number,
  rings: number[][][],
  count: number,
  ulp: (x: number, s: number) => number,
): number[][] {
  const edges: number[][][] = [];
  for (const ring of rings)
    for (let i = 0; i + 1 < ring.length; i++) edges.push([ring[i] as number[], ring[i + 1] as number[]]);
  const points: number[][] = [];
  for (let k = 0; k < count; k++) {
    const [a, b] = edges[Math.floor(random() * edges.length)] as [number[], number[]];
    const mode = k % 4;
    const t = mode === 0 ? 0 : random();
    let x = (a[0] as number) + t * ((b[0] as number) - (a[0] as number));
    let y = (a[1] as number) + t * ((b[1] as number) - (a[1] as number));
    if (mode === 2) {
      x = ulp(x, Math.floor(random() * 5) - 2);
      y = ulp(y, Math.floor(random() * 5) - 2);
    } else if (mode === 3) {
      // The 1e-6 degree grid chips report.
      x = Math.round(x * 1e6) / 1e6;
      y = Math.round(y * 1e6) / 1e6;
    }
    points.push([x, y]);
  }
  return points;
}
