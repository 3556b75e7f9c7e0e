import { join } from 'node:path';
import {
  type CaseResult,
  type ChipTransportOption,
  readCapabilityManifest,
  runChipProfile,
} from '@weldcode/conformance';
import { describe, expect, it } from 'vitest';
import { repoRoot } from './support/cli-harness';

// The reference chip's testee, run from source exactly as a lab runs a vendor's bench rig.
function chipTestee(misbehave?: string) {
  return {
    command: process.execPath,
    args: [
      '--import',
      'tsx',
      join(repoRoot, 'packages/cli/src/bin.ts'),
      'conformance',
      'chip-testee',
      ...(misbehave ? ['--misbehave', misbehave] : []),
    ],
    cwd: repoRoot,
  };
}

const capabilities = readCapabilityManifest(join(repoRoot, 'conformance/manifests/reference-chip.json'));

async function run(transport: ChipTransportOption, misbehave?: string): Promise<CaseResult[]> {
  return (await runChipProfile({ testee: chipTestee(misbehave), capabilities, transport })).results;
}

const notPassing = (results: CaseResult[]) =>
  results
    .filter((result) => result.verdict !== 'pass')
    .map((result) => `${result.id}: ${result.verdict} ${result.reason ?? ''}`)
    .sort();

describe('chip profile self-test: the reference chip passes, broken chips fail exactly their cases', () => {
  it('WC-CONF-025 WC-CONF-021: the reference chip passes every case over the embedded broker and over TCP', async () => {
    // two chips at a time: the test machine's two cores are shared with the rest of the suite
    const [mqtt, tcp] = await Promise.all([run({ kind: 'mqtt' }), run({ kind: 'tcp' })]);
    for (const results of [mqtt, tcp]) {
      expect(results).toHaveLength(20);
      expect(notPassing(results)).toEqual([]);
    }
  }, 120_000);

  it('WC-CONF-025 WC-CONF-026: each broken variant fails exactly the case meant to catch it', async () => {
    const expected: Record<string, string[]> = {
      'arcs-without-grant': ['chip-no-power-without-grant'],
      'accepts-replayed-grant': ['chip-grant-replayed-refused'],
      'no-alarm-retransmission': ['chip-alarm-retransmission'],
      'no-backoff': ['chip-reconnect-backoff'],
    };
    const variants = Object.keys(expected);
    const runs: CaseResult[][] = [];
    for (let i = 0; i < variants.length; i += 2) {
      const pair = variants.slice(i, i + 2);
      runs.push(...(await Promise.all(pair.map((variant) => run({ kind: 'tcp' }, variant)))));
    }
    variants.forEach((variant, index) => {
      const results = runs[index] ?? [];
      const failing = results.filter((r) => r.verdict !== 'pass');
      expect({ variant, failing: failing.map((r) => r.id) }).toEqual({ variant, failing: expected[variant] });
      expect(failing.every((r) => r.verdict === 'fail')).toBe(true);
    });
  }, 120_000);
});
