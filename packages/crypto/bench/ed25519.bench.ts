/**
 * Ed25519 verify rates, all in one run so the ratios are fair:
 * raw node:crypto (cached KeyObject) vs our native verify / prepared verifier, and bare
 * @noble/ed25519 vs our noble verify vs the noble-precomputed prepared verifier.
 * Run: pnpm -C packages/crypto bench
 */
import { createPublicKey, verify as rawVerify } from 'node:crypto';
import * as ed from '@noble/ed25519';
import { sha512 } from '@noble/hashes/sha2.js';
import { Bench } from 'tinybench';
import { concatBytes, createVerifier, generateKeyPair, hexToBytes, sign, verify } from '../src/index';

ed.hashes.sha512 = sha512;

const { publicKey, secretKey } = generateKeyPair();
const message = new Uint8Array(110).map((_, i) => (i * 31) & 0xff); // about one signed QR payload
const signature = sign(message, secretKey);
const keyObject = createPublicKey({
  key: Buffer.from(concatBytes(hexToBytes('302a300506032b6570032100'), publicKey)),
  format: 'der',
  type: 'spki',
});
const nativeVerifier = createVerifier(publicKey, { backend: 'native' });
const precomputed8 = createVerifier(publicKey, { backend: 'noble-precomputed', windowSize: 8 });
const precomputed6 = createVerifier(publicKey, { backend: 'noble-precomputed', windowSize: 6 });

function mustBeTrue(ok: boolean): void {
  if (!ok) throw new Error('benchmark verified a bad signature as false');
}

const bench = new Bench({ time: 2000, warmupTime: 300 });
bench
  .add('raw node:crypto verify (cached KeyObject)', () =>
    mustBeTrue(rawVerify(null, message, keyObject, signature)),
  )
  .add('verify native', () => mustBeTrue(verify(signature, message, publicKey, { backend: 'native' })))
  .add('createVerifier native', () => mustBeTrue(nativeVerifier(signature, message)))
  .add('bare @noble/ed25519 verify (zip215: false)', () =>
    mustBeTrue(ed.verify(signature, message, publicKey, { zip215: false })),
  )
  .add('verify noble', () => mustBeTrue(verify(signature, message, publicKey, { backend: 'noble' })))
  .add('createVerifier noble-precomputed (w=8)', () => mustBeTrue(precomputed8(signature, message)))
  .add('createVerifier noble-precomputed (w=6, default)', () => mustBeTrue(precomputed6(signature, message)));

const setup = new Bench({ time: 1500, warmupTime: 100 });
setup
  .add('build noble-precomputed verifier (w=8)', () =>
    createVerifier(publicKey, { backend: 'noble-precomputed', windowSize: 8 }),
  )
  .add('build noble-precomputed verifier (w=6, default)', () =>
    createVerifier(publicKey, { backend: 'noble-precomputed', windowSize: 6 }),
  )
  .add('build native verifier', () => createVerifier(publicKey, { backend: 'native' }));

await bench.run();
await setup.run();

const rows = (b: Bench) =>
  b.tasks.map((task) => {
    const result = task.result as { throughput?: { mean: number }; latency?: { mean: number } } | undefined;
    return {
      name: task.name,
      opsPerSec: Math.round(result?.throughput?.mean ?? 0),
      meanMs: result?.latency?.mean,
    };
  });
const verifyRows = rows(bench);
const rawRate = verifyRows[0]!.opsPerSec;
const nobleRate = verifyRows[3]!.opsPerSec;
console.log(`node ${process.version}, ${process.arch}`);
console.log('| task | verifies/s | vs raw node:crypto | vs bare noble |');
console.log('| --- | ---: | ---: | ---: |');
for (const row of verifyRows) {
  const ratio = (base: number) => `${((100 * row.opsPerSec) / base).toFixed(0)} %`;
  console.log(
    `| ${row.name} | ${row.opsPerSec.toLocaleString('en')} | ${ratio(rawRate)} | ${ratio(nobleRate)} |`,
  );
}
console.log('\n| one-off setup | ms each |');
console.log('| --- | ---: |');
for (const row of rows(setup)) console.log(`| ${row.name} | ${(row.meanMs ?? 0).toFixed(3)} |`);
