import { writeFileSync } from 'node:fs';
import { generateKeyPair } from '@weldcode/crypto';
import { Command } from 'commander';
import type { CliIo } from '../../cli-io';
import { secretKeyToJwk } from './lab-key';

/** `weldcode conformance keygen`: a lab's report-signing key. */
export function keygenCommand(io: CliIo): Command {
  return new Command('keygen')
    .description("create a lab's Ed25519 report-signing key (JWK); prints the public JWK to publish")
    .requiredOption('--out <file>', 'where to write the secret key (JWK, mode 0600)')
    .action((options: { out: string }) => {
      const jwk = secretKeyToJwk(generateKeyPair().secretKey);
      writeFileSync(options.out, `${JSON.stringify(jwk, null, 2)}\n`, { mode: 0o600 });
      const { d: _secret, ...publicJwk } = jwk;
      io.out(`${JSON.stringify(publicJwk)}\n`);
    });
}
