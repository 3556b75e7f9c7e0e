/**
 * X25519 rates, native (OpenSSL through node:crypto) vs noble (@noble/curves), in one run.
 * A platform answering a chip's hello does one public key and one shared secret.
 * Run: pnpm -C packages/crypto bench:x25519
 */
import { randomBytes } from 'node:crypto';
import { Bench } from 'tinybench';
import { x25519PublicKey, x25519SharedSecret } from '../src/index';

const secret = new Uint8Array(randomBytes(32));
const peer = x25519PublicKey(new Uint8Array(randomBytes(32)));

const bench = new Bench({ time: 2000, warmupTime: 300 });
for (const backend of ['native', 'noble'] as const) {
  bench
    .add(`public key (${backend})`, () => x25519PublicKey(secret, { backend }))
    .add(`shared secret (${backend})`, () => x25519SharedSecret(secret, peer, { backend }))
    .add(`public key + shared secret, fresh secret (${backend})`, () => {
      const fresh = new Uint8Array(randomBytes(32));
      x25519PublicKey(fresh, { backend });
      x25519SharedSecret(fresh, peer, { backend });
    });
}
await bench.run();

console.log(`node ${process.version}, ${process.arch}`);
console.log('| task | ops/s | µs each |');
console.log('| --- | ---: | ---: |');
for (const task of bench.tasks) {
  const result = task.result as { throughput?: { mean: number }; latency?: { mean: number } } | undefined;
  const rate = Math.round(result?.throughput?.mean ?? 0);
  console.log(
    `| ${task.name} | ${rate.toLocaleString('en')} | ${((result?.latency?.mean ?? 0) * 1000).toFixed(0)} |`,
  );
}
