import { describe, expect, it } from 'vitest';
import { runCli } from '../src/index';
import { capture, tree } from './support/cli-harness';

const tiny = {
  name: 'cli-tiny',
  seed: 3,
  start: '2026-06-01T08:00:00+08:00',
  durationMinutes: 10,
  district: 310120,
  enterprises: [{ id: 1, name: '厂', sector: '工贸' }],
  sites: [{ id: 11, enterprise: 1, name: 'A', centre: { lat: 30.9181, lon: 121.4741 }, radiusM: 100 }],
  machines: [{ id: 101, site: 11, kind: 'arc' }],
  workers: [{ id: 5001, name: '王强', certificates: [] }],
  permits: [],
  events: [
    { at: '08:01', type: 'scan', worker: 5001, machine: 101 },
    { at: '08:02', type: 'bypass', machine: 101, minutes: 5 },
  ],
  expect: {
    refusals: [{ reason: 'UNLICENSED_WORKER', machine: 101 }],
    alerts: [{ kind: 'BYPASS', machine: 101 }],
  },
};

describe('weldcode sim', () => {
  it('WC-SIM-042: prints a JSON summary and exits 0 when the expectations hold', async () => {
    const dir = tree({ 'tiny.json': JSON.stringify(tiny) });
    const io = capture(dir);
    expect(await runCli(['sim', 'scenario', 'tiny.json', '--json'], io)).toBe(0);
    const summary = JSON.parse(io.stdout);
    expect(summary.expectations.ok).toBe(true);
    expect(summary.refusals.map((r: { reason: string }) => r.reason)).toEqual(['UNLICENSED_WORKER']);
  });

  it('WC-SIM-042: exits 1 and names the violation when an expected outcome is missing', async () => {
    const broken = {
      ...tiny,
      expect: { ...tiny.expect, alerts: [...tiny.expect.alerts, { kind: 'CHIP_REMOVED', machine: 101 }] },
    };
    const dir = tree({ 'tiny.json': JSON.stringify(broken) });
    const io = capture(dir);
    expect(await runCli(['sim', 'scenario', 'tiny.json'], io)).toBe(1);
    expect(io.stdout).toContain('missing    alert CHIP_REMOVED machine 101');
    expect(io.stderr).toContain('ERR_CLI_CHECK_FAILED');
  });

  it('WC-SIM-021: refuses an invalid scenario file with a typed error', async () => {
    const dir = tree({ 'bad.json': '{"name": 1}' });
    const io = capture(dir);
    expect(await runCli(['sim', 'scenario', 'bad.json'], io)).toBe(1);
    expect(io.stderr).toContain('ERR_SIM_SCENARIO_INVALID');
  });

  it('documents every subcommand and option in --help', async () => {
    const io = capture();
    expect(await runCli(['sim', 'chips', '--help'], io)).toBe(0);
    for (const option of [
      '--broker',
      '--embedded',
      '--count',
      '--duration',
      '--telemetry',
      '--heartbeat',
      '--json',
    ]) {
      expect(io.stdout).toContain(option);
    }
    const top = capture();
    await runCli(['sim', '--help'], top);
    expect(top.stdout).toContain('scenario');
  });

  it('WC-SIM-060: runs chips against an embedded broker and reports their cost', async () => {
    const io = capture();
    expect(
      await runCli(['sim', 'chips', '--embedded', '--count', '5', '--duration', '2', '--json'], io),
    ).toBe(0);
    const stats = JSON.parse(io.stdout);
    expect(stats.online).toBe(5);
    expect(stats.uplinks).toBeGreaterThan(5 * 3);
  }, 30_000);
});

describe('weldcode sim scenario --embedded', () => {
  it('WC-SIM-060: runs a scenario file over an in-process MQTT broker', async () => {
    const dir = tree({ 'tiny.json': JSON.stringify({ ...tiny, durationMinutes: 4 }) });
    const io = capture(dir);
    expect(await runCli(['sim', 'scenario', 'tiny.json', '--embedded', '--json'], io)).toBe(0);
    expect(JSON.parse(io.stdout).expectations.ok).toBe(true);
  }, 60_000);
});
