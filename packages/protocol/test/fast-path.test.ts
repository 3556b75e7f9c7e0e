import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeTelemetryEnvelope } from '../src/envelope/telemetry-fast-path';
import { encodeEnvelope, proto } from '../src/index';

const pb = proto.v1.Envelope;

describe('telemetry fast path', () => {
  it('agrees with the generated decoder on every mutation of a valid envelope it accepts', () => {
    const base = encodeEnvelope({
      seq: 300,
      body: {
        kind: 'telemetry',
        value: {
          startS: 1_795_000_000,
          intervalMs: 250,
          currentDa: [1500, -3, 2],
          voltageDv: [240, 1, -1],
          states: 0b111111,
        },
      },
    });
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(base.length - 1), fc.integer({ min: 0, max: 255 })), { maxLength: 3 }),
        fc.nat(base.length),
        (edits, cut) => {
          const bytes = base.slice(0, Math.max(cut, 2));
          for (const [at, value] of edits) if (at < bytes.length) bytes[at] = value;
          const fast = decodeTelemetryEnvelope(bytes, bytes.length);
          if (fast === undefined) return;
          const generic = pb.toObject(pb.decode(bytes), { longs: Number });
          expect(fast.seq).toBe(generic.seq ?? 0);
          expect(fast.value).toEqual(generic.telemetry ?? {});
        },
      ),
      { numRuns: 3000 },
    );
  });
});

describe('browser safety', () => {
  it('no source file imports a Node built-in (Ed25519 and hashing go through @weldcode/crypto)', () => {
    const src = fileURLToPath(new URL('../src', import.meta.url));
    const files = readdirSync(src, { recursive: true, encoding: 'utf8' }).filter((name) =>
      /\.(ts|js)$/.test(name),
    );
    const offenders = files.filter((name) =>
      /from ['"](node:|crypto['"]|fs['"]|buffer['"])/.test(readFileSync(join(src, name), 'utf8')),
    );
    expect(files.length).toBeGreaterThan(10);
    expect(offenders).toEqual([]);
  });
});
