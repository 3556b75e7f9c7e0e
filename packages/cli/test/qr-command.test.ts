import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { sha256 } from '@weldcode/crypto';
import { describe, expect, it } from 'vitest';
import { secretKeyToJwk } from '../src/commands/conformance/lab-key';
import { runCli } from '../src/index';
import { capture, tree } from './support/cli-harness';

const NOW = 1_780_279_200; // 2026-06-01 02:00 UTC
const seed = (label: string) => sha256(new TextEncoder().encode(`cli-test/${label}`));

function setup(): { dir: string; path: (name: string) => string } {
  const rootJwk = secretKeyToJwk(seed('root'));
  const issuerJwk = secretKeyToJwk(seed('issuer'));
  const issuerPublic = Buffer.from(issuerJwk.x, 'base64url').toString('hex');
  const dir = tree({
    'root.jwk': JSON.stringify(rootJwk),
    'root.pub.jwk': JSON.stringify({ ...rootJwk, d: undefined }),
    'issuer.jwk': JSON.stringify(issuerJwk),
    'keys.json': JSON.stringify([
      {
        publicKey: issuerPublic,
        issuer: 310120,
        kinds: ['plate', 'revocation'],
        notBefore: NOW - 86_400 * 100,
        notAfter: NOW + 86_400 * 300,
        district: 310120,
        name: '奉贤',
      },
    ]),
    'plate.json': JSON.stringify({
      kind: 'plate',
      machineId: 1_200_345,
      chipId: 88_000_123,
      district: 310120,
      issuedOn: '2026-03-01',
      plateSeq: 2,
    }),
    'labels.json': '[]',
  });
  return { dir, path: (name) => join(dir, name) };
}

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  const io = capture();
  const code = await runCli(args, io);
  return { code, out: io.stdout, err: io.stderr };
}

describe('weldcode qr', () => {
  it('signs a trust list, issues a plate, verifies it offline, renders it and shows the list', async () => {
    const { path } = setup();
    const signed = await run([
      'qr',
      'trust-list',
      'sign',
      '--keys',
      path('keys.json'),
      '--root-key',
      path('root.jwk'),
      '--number',
      '7',
      '--now',
      String(NOW),
      '--out',
      path('tl.cose'),
    ]);
    expect(signed.code).toBe(0);

    const issued = await run([
      'qr',
      'issue',
      '--payload',
      path('plate.json'),
      '--key',
      path('issuer.jwk'),
      '--url-base',
      'HTTPS://QR.FX.SH.GOV.CN/C/',
      '--json',
    ]);
    expect(issued.code).toBe(0);
    const plate = JSON.parse(issued.out) as {
      text: string;
      url: string;
      bytes: number;
      qr: { version: number; ecc: string };
    };
    expect(plate.bytes).toBe(112);
    expect(plate.qr).toEqual({ version: 10, ecc: 'H', modules: 57 });

    const common = ['--root', path('root.pub.jwk'), '--trust-list', path('tl.cose'), '--now', String(NOW)];
    const verified = await run(['qr', 'verify', plate.url, ...common, '--expect', 'plate', '--json']);
    expect(verified.code).toBe(0);
    const result = JSON.parse(verified.out) as {
      valid: boolean;
      reason: string;
      payload: { machineId: number };
    };
    expect(result).toMatchObject({
      valid: true,
      reason: 'REVOCATION_UNKNOWN',
      payload: { machineId: 1_200_345 },
    });

    const person = await run(['qr', 'verify', plate.text, ...common, '--lang', 'en']);
    expect(person.out).toContain('✓ REVOCATION_UNKNOWN');
    expect(person.out).toContain('machine 1200345');

    const strict = await run(['qr', 'verify', plate.text, ...common, '--strict']);
    expect(strict.code).toBe(1);
    expect(strict.out).toContain('无法确认是否已撤销');

    const tampered = `${plate.text.slice(0, 30)}${plate.text[30] === 'A' ? 'B' : 'A'}${plate.text.slice(31)}`;
    const bad = await run(['qr', 'verify', tampered, ...common]);
    expect(bad.code).toBe(1);
    expect(bad.err).toContain('ERR_CLI_CHECK_FAILED');

    writeFileSync(path('plate.txt'), plate.text);
    const png = await run(['qr', 'render', `@${path('plate.txt')}`, '--out', path('plate.png')]);
    expect(png.out).toContain('QR version 10 at ECC H');
    expect(readFileSync(path('plate.png')).subarray(1, 4).toString()).toBe('PNG');

    writeFileSync(
      path('labels.json'),
      JSON.stringify([{ text: plate.text, title: 'FX-1200345', footer: '举报电话 12345' }]),
    );
    expect(
      (await run(['qr', 'render', '--sheet', path('labels.json'), '--out', path('sheet.svg')])).code,
    ).toBe(0);
    expect(readFileSync(path('sheet.svg'), 'utf8')).toContain('FX-1200345');

    const shown = await run([
      'qr',
      'trust-list',
      'show',
      path('tl.cose'),
      '--root',
      path('root.pub.jwk'),
      '--now',
      String(NOW),
    ]);
    expect(shown.out).toContain('trust list 7');
    expect(shown.out).toContain('issuer 310120');
  });

  it('answers bad input with typed errors and usage errors with exit code 2', async () => {
    const { path } = setup();
    writeFileSync(path('bad.json'), JSON.stringify({ kind: 'plate', machineId: -5 }));
    const bad = await run(['qr', 'issue', '--payload', path('bad.json'), '--key', path('issuer.jwk')]);
    expect(bad.code).toBe(1);
    expect(bad.err).toContain('ERR_QR_SCHEMA');
    expect((await run(['qr', 'issue', '--payload', path('plate.json')])).code).toBe(2);
    expect((await run(['qr', 'render', 'WC1:00', '--out', path('x.gif'), '--ecc', 'L'])).code).toBe(1);
  });
});
