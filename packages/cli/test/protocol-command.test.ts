import { describe, expect, it } from 'vitest';
import { type CliIo, runCli } from '../src/index';

function capture(): CliIo & { stdout: string; stderr: string } {
  const io = {
    stdout: '',
    stderr: '',
    interactive: false,
    cwd: process.cwd(),
    out: (text: string) => {
      io.stdout += text;
    },
    err: (text: string) => {
      io.stderr += text;
    },
  };
  return io;
}

// A heartbeat (uptime 60 s) in a stream frame, built with encodeFrame.
const heartbeat = '2202103c';

describe('weldcode protocol decode', () => {
  it('prints the body kind, seq and proto3 JSON of an envelope', async () => {
    const io = capture();
    expect(await runCli(['protocol', 'decode', heartbeat], io)).toBe(0);
    const out = JSON.parse(io.stdout) as { kind: string; seq: number; mac: string; envelope: unknown };
    expect(out).toMatchObject({
      kind: 'heartbeat',
      seq: 0,
      mac: 'none',
      envelope: { heartbeat: { uptimeS: 60 } },
    });
  });

  it('unwraps a frame and reports framing errors by code', async () => {
    const { encodeFrame } = await import('@weldcode/protocol');
    const frame = Buffer.from(encodeFrame(Buffer.from(heartbeat, 'hex'))).toString('hex');
    const io = capture();
    expect(await runCli(['protocol', 'decode', '--frame', frame], io)).toBe(0);
    const bad = capture();
    expect(await runCli(['protocol', 'decode', '--frame', `${frame.slice(0, -2)}00`], bad)).toBe(1);
    expect(bad.stderr).toContain('ERR_PROTO_FRAME_CRC');
  });

  it('requires a valid MAC when given the session key', async () => {
    const io = capture();
    expect(await runCli(['protocol', 'decode', heartbeat, '--key', '00'.repeat(32)], io)).toBe(1);
    expect(io.stderr).toContain('ERR_PROTO_BAD_MAC');
  });
});
