/**
 * Side-by-side in one run: full weldcode verify (text → Base45 → strict CBOR → COSE → trust
 * lookup → Ed25519 → payload → time → revocation) against a raw Ed25519 verify of the same
 * signature, for the native and the pure-JS paths; plus sizes and QR versions.
 *
 *   pnpm -C packages/qr bench
 */
import { createPublicKey, verify as nodeVerify } from 'node:crypto';
import { deflateRawSync } from 'node:zlib';
import * as ed from '@noble/ed25519';
import { sha512 } from '@noble/hashes/sha2.js';
import { Bench } from 'tinybench';
import {
  CREDENTIAL,
  KEYS,
  NOW,
  PLATE,
  permit,
  revocationList,
  SECOND_CREDENTIAL,
  SECOND_PLATE,
  trustList,
} from '../scripts/fixtures';
import { sigStructure } from '../src/cose/cose-sign1';
import {
  inspectCode,
  issueCode,
  QrVerifier,
  signPayload,
  symbolInfo,
  toUrlForm,
  type VerifierBackend,
} from '../src/index';

ed.hashes.sha512 = sha512;

const fx = KEYS.fengxian.secretKey;
const plate = issueCode(PLATE, fx);
const { protectedBytes, payload, signature } = inspectCode(plate.text);
const message = sigStructure(protectedBytes, payload);
const spki = Buffer.concat([Buffer.from('302a300506032b6570032100', 'hex'), KEYS.fengxian.publicKey]);
const keyObject = createPublicKey({ key: spki, format: 'der', type: 'spki' });

function verifier(backend: VerifierBackend): QrVerifier {
  const v = new QrVerifier({ roots: [KEYS.city.publicKey], backend, clock: () => NOW });
  v.loadTrustList(signPayload(trustList(7), KEYS.city.secretKey));
  v.loadRevocationList(signPayload(revocationList(1), fx));
  if (!v.verify(plate.text).valid) throw new Error(`bench setup: ${backend} does not verify the plate`);
  return v;
}
const native = verifier('native');
const noble = verifier('noble');
const precomputed = verifier('noble-precomputed');
if (
  !nodeVerify(null, message, keyObject, signature) ||
  !ed.verify(signature, message, KEYS.fengxian.publicKey)
) {
  throw new Error('bench setup: raw verify failed');
}

// Tasks run one after another, so CPU clock and GC drift between them; several short rounds with
// the median of each round's ratio keep the comparison fair.
const rounds = Number(process.env.BENCH_ROUNDS ?? 7);
const time = Number(process.env.BENCH_MS ?? 400);
const tasks: Record<string, () => void> = {
  'raw node:crypto Ed25519 verify': () => nodeVerify(null, message, keyObject, signature),
  'weldcode full verify (native)': () => native.verify(plate.text),
  'bare @noble/ed25519 verify': () => ed.verify(signature, message, KEYS.fengxian.publicKey),
  'weldcode full verify (noble)': () => noble.verify(plate.text),
  'weldcode full verify (noble-precomputed)': () => precomputed.verify(plate.text),
};
const samples = new Map<string, number[]>(Object.keys(tasks).map((name) => [name, []]));
for (let round = 0; round < rounds; round += 1) {
  const bench = new Bench({ time, warmup: true });
  for (const [name, task] of Object.entries(tasks)) bench.add(name, task);
  await bench.run();
  for (const task of bench.tasks)
    samples
      .get(task.name)
      ?.push((task.result as { throughput?: { mean: number } } | undefined)?.throughput?.mean ?? Number.NaN);
}
const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;
const hz = (name: string) => median(samples.get(name) ?? []);
console.table(Object.keys(tasks).map((name) => ({ task: name, 'ops/s (median)': Math.round(hz(name)) })));
const ratio = (a: string, b: string) => {
  const mine = samples.get(a) ?? [];
  const theirs = samples.get(b) ?? [];
  return `${(100 * median(mine.map((value, i) => value / (theirs[i] ?? Number.NaN)))).toFixed(1)} %`;
};
console.log(
  `rounds: ${rounds} × ${time} ms per task; ratio = median over rounds of (mine / peer in the same round)`,
);
console.log(
  `full verify (native) / raw node:crypto:          ${ratio('weldcode full verify (native)', 'raw node:crypto Ed25519 verify')} (goal ≥ 90 %)`,
);
console.log(
  `full verify (noble) / bare noble:                ${ratio('weldcode full verify (noble)', 'bare @noble/ed25519 verify')} (goal ≥ 90 %)`,
);
console.log(
  `full verify (noble-precomputed) / bare noble:    ${ratio('weldcode full verify (noble-precomputed)', 'bare @noble/ed25519 verify')} (goal: beat it)`,
);

const credential = issueCode(CREDENTIAL, fx);
const second = issueCode(SECOND_CREDENTIAL, KEYS.shEmCa.secretKey);
const secondPlate = issueCode(SECOND_PLATE, fx);
const permitCode = issueCode(
  permit([credential.bindingHash, second.bindingHash], [plate.bindingHash, secondPlate.bindingHash]),
  fx,
);
const plateWithHash = issueCode(
  { ...PLATE, chipKeyHash: sha512(new TextEncoder().encode('chip 88000123 public key')).slice(0, 8) },
  fx,
);
const sizes = [
  ['machine plate', plate],
  ['machine plate + chip key hash', plateWithHash],
  ['worker credential, 2 certificates', credential],
  ['permit, hexagon, 2 workers, 2 machines', permitCode],
] as const;
const url = toUrlForm(plate.bytes, 'HTTPS://QR.FX.SH.GOV.CN/C/');
const urlInfo = symbolInfo(url, { ecc: 'H' });
console.table(
  sizes.map(([name, code]) => {
    const info = symbolInfo(code.text);
    const body = inspectCode(code.bytes).payload;
    return {
      code: name,
      'signed bytes': code.bytes.length,
      'payload bytes': body.length,
      'deflated payload': deflateRawSync(body, { level: 9 }).length,
      characters: code.text.length,
      'QR version': `${info.version}-${info.ecc}`,
      modules: `${info.modules}×${info.modules}`,
    };
  }),
);
console.log(
  `machine plate, URL form ${url.slice(0, 30)}…: ${url.length} characters, QR version ${urlInfo.version}-H`,
);
