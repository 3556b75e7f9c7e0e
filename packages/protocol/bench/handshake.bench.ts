/**
 * Cost of one session handshake (WC-PROTO-026..028) on each side, as the platform pays it 10,000
 * times when a broker restart reconnects every chip. Platform: `answerHello` (X25519 key pair,
 * shared secret, Ed25519 signature of the challenge, key derivation) and `checkAuthResponse`
 * (Ed25519 verification); and a whole handshake, both sides in one process.
 * Run: pnpm -C packages/protocol bench:handshake
 */
import { randomBytes } from 'node:crypto';
import { getPublicKey, sha256 } from '@weldcode/crypto';
import { Bench } from 'tinybench';
import { answerChallenge, answerHello, checkAuthResponse, createHello } from '../src/index';

const random = (length: number) => new Uint8Array(randomBytes(length));
const platformSecret = sha256(new TextEncoder().encode('bench platform'));
const platform = { secretKey: platformSecret, publicKey: getPublicKey(platformSecret) };
const chipSecret = sha256(new TextEncoder().encode('bench chip'));
const chipPublic = getPublicKey(chipSecret);

function chipHello() {
  return createHello('WC-B', 1, random);
}

// one finished exchange for the platform's second step
const hello = chipHello();
const pending = answerHello(hello.bytes, platform, Date.now(), random);
const { response } = answerChallenge(hello, pending.challenge, chipSecret, [platform.publicKey]);
const hellos = Array.from({ length: 4096 }, () => chipHello());
let next = 0;

const bench = new Bench({ time: 2000, warmupTime: 300 });
bench
  .add('platform: answerHello', () => {
    answerHello((hellos[next++ & 4095] as { bytes: Uint8Array }).bytes, platform, Date.now(), random);
  })
  .add('platform: checkAuthResponse', () => checkAuthResponse(pending, response, chipPublic))
  .add('both sides: a whole handshake', () => {
    const mine = chipHello();
    const answer = answerHello(mine.bytes, platform, Date.now(), random);
    const reply = answerChallenge(mine, answer.challenge, chipSecret, [platform.publicKey]);
    checkAuthResponse(answer, reply.response, chipPublic);
  });
await bench.run();

console.log(`node ${process.version}, ${process.arch}`);
console.log('| step | per second | µs each |');
console.log('| --- | ---: | ---: |');
let platformUs = 0;
for (const task of bench.tasks) {
  const result = task.result as { throughput?: { mean: number }; latency?: { mean: number } } | undefined;
  const us = (result?.latency?.mean ?? 0) * 1000;
  if (task.name.startsWith('platform')) platformUs += us;
  console.log(
    `| ${task.name} | ${Math.round(result?.throughput?.mean ?? 0).toLocaleString('en')} | ${us.toFixed(0)} |`,
  );
}
console.log(
  `| platform total per handshake | ${Math.round(1e6 / platformUs).toLocaleString('en')} | ${platformUs.toFixed(0)} |`,
);
