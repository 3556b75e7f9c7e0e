import { readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import {
  type CapabilityManifest,
  type CaseResult,
  PLATFORM_CASES,
  parseCapabilityManifest,
  runPlatformProfile,
  verifySignedReport,
} from '@weldcode/conformance';
import { describe, expect, it } from 'vitest';
import { runCli } from '../src/index';
import { capture, repoRoot, tree } from './support/cli-harness';

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  return typeof address === 'object' && address !== null ? address.port : 0;
}

/**
 * A manifest for the reference server on free ports, its control the platform testee run from
 * source exactly as a lab runs its own control program.
 */
async function referenceManifest(broken?: string): Promise<CapabilityManifest> {
  const [api, mqtt, tcp] = [await freePort(), await freePort(), await freePort()];
  return parseCapabilityManifest({
    implementation: 'weldcode reference server',
    platform: {
      api: `http://127.0.0.1:${api}`,
      mqtt: `mqtt://127.0.0.1:${mqtt}`,
      tcp: { host: '127.0.0.1', port: tcp },
      admin: { username: 'admin', password: 'selftest-admin' },
      groups: ['tcp-framing', 'test-clock'],
      control: {
        command: process.execPath,
        args: [
          ...['--import', 'tsx', join(repoRoot, 'packages/cli/src/bin.ts'), 'conformance', 'platform-testee'],
          ...['--port', String(api), '--mqtt-port', String(mqtt), '--tcp-port', String(tcp)],
          ...['--admin-password', 'selftest-admin', ...(broken ? ['--broken', broken] : [])],
        ],
      },
    },
  });
}

const notPassing = (results: CaseResult[]) =>
  results.filter((r) => r.verdict !== 'pass').map((r) => `${r.id}: ${r.verdict} ${r.reason ?? ''}`);

// Timeouts are hang guards only: the tests never assert durations (several servers start from source).

/** Each broken reference server, run against the cases meant to catch it (WC-CONF-030). */
const VARIANT_TARGETS: Record<string, string[]> = {
  'acks-before-durable': ['platform-ack-after-durability'],
  'accepts-cloned-chip': ['platform-chip-clone'],
  'alerts-on-historical': ['platform-historical-no-alert'],
  'accepts-expired-certificate': ['platform-scan-refusal-codes'],
};

/**
 * A cheap case every broken variant must still pass (the problem documents of the HTTP API): a
 * variant fails only the cases meant to catch it, not whatever it is asked.
 */
const SANITY_CASE = 'platform-problem-documents';

/**
 * Every case but the decision matrix, which replays whole scenarios with their chips for minutes
 * (the lab walkthrough in conformance/README.md runs it, measured).
 */
const QUICK_CASES = PLATFORM_CASES.map((c) => c.id).filter((id) => id !== 'platform-scan-decision-matrix');

describe('platform profile self-test: the reference server passes, broken servers fail their cases', () => {
  it.concurrent('WC-CONF-030 WC-CONF-032 WC-CONF-029: the reference server passes every case but the scenario matrix; the signed report verifies', async () => {
    const work = tree({});
    const key = join(work, 'lab.jwk');
    expect(await runCli(['conformance', 'keygen', '--out', key], capture(work))).toBe(0);
    const manifest = join(work, 'platform.json');
    writeFileSync(manifest, JSON.stringify(await referenceManifest()));
    const out = join(work, 'platform-report');
    const io = capture(repoRoot);
    const code = await runCli(
      [
        'conformance',
        'platform',
        '--manifest',
        manifest,
        '--sign-key',
        key,
        '--out',
        out,
        '--case',
        ...QUICK_CASES,
      ],
      io,
    );
    const signed = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8'));
    expect(notPassing(signed.report.results)).toEqual([]);
    expect(code).toBe(0);
    expect(signed.report).toMatchObject({
      profile: 'platform',
      areas: ['platform'],
      testee: { role: 'platform', implementation: 'weldcode reference server' },
      capabilities: { platform: { admin: { username: 'admin', password: '***' } } },
    });
    expect(JSON.stringify(signed)).not.toContain('selftest-admin');
    expect(signed.report.results.map((r: CaseResult) => r.id)).toEqual(QUICK_CASES);
    const verified = verifySignedReport(signed, { vectorsRoot: join(repoRoot, 'conformance/vectors') });
    expect(verified.suiteMatches).toBe(true);
    expect(readFileSync(join(out, 'report.junit.xml'), 'utf8')).toContain('classname="weldcode.platform"');
  }, 300_000);

  it.concurrent('WC-CONF-030: each broken reference server fails exactly the cases meant to catch it', async () => {
    const variants = Object.keys(VARIANT_TARGETS);
    const runs = await Promise.all(
      variants.map(async (variant) =>
        runPlatformProfile({
          capabilities: await referenceManifest(variant),
          only: [SANITY_CASE, ...(VARIANT_TARGETS[variant] ?? [])],
        }),
      ),
    );
    variants.forEach((variant, index) => {
      const results = runs[index]?.results ?? [];
      const targets = VARIANT_TARGETS[variant] ?? [];
      expect({ variant, ran: results.map((r) => r.id).sort() }).toEqual({
        variant,
        ran: [SANITY_CASE, ...targets].sort(),
      });
      const failing = results.filter((r) => r.verdict === 'fail').map((r) => r.id);
      expect({ variant, failing }).toEqual({ variant, failing: targets });
      expect({ variant, notPassing: notPassing(results).filter((r) => r.startsWith(SANITY_CASE)) }).toEqual({
        variant,
        notPassing: [],
      });
    });
  }, 300_000);

  it('WC-CONF-028: a platform section with an unknown key, no chip endpoint or a malformed admin is refused', () => {
    const platform = {
      api: 'http://127.0.0.1:1',
      mqtt: 'mqtt://127.0.0.1:2',
      admin: { token: 't' },
      groups: [],
      control: { command: 'x' },
    };
    expect(() => parseCapabilityManifest({ implementation: 'p', platform })).not.toThrow();
    const { mqtt: _mqtt, ...noEndpoint } = platform;
    for (const bad of [
      { ...platform, colour: 'red' },
      noEndpoint,
      { ...platform, admin: { username: 'a' } },
      { ...platform, groups: ['shared-everything'] },
      { ...platform, control: { command: 'x', env: {} } },
    ]) {
      expect(() => parseCapabilityManifest({ implementation: 'p', platform: bad })).toThrow(
        expect.objectContaining({ code: 'ERR_CAPABILITIES_INVALID' }),
      );
    }
  });
});
