import { type CodePayload, payloadToJson, QrVerifier, REASON_MESSAGES } from '@weldcode/qr';
import { Command } from 'commander';
import { CliError } from '../../cli-error';
import type { CliIo } from '../../cli-io';
import { readPublicKey } from '../conformance/lab-key';
import { integer, readInput } from './qr-files';

interface VerifyOptions {
  root: string[];
  trustList: string;
  revocations?: string[];
  expect?: CodePayload['kind'];
  now?: number;
  skew?: number;
  strict?: boolean;
  lang: 'zh' | 'en';
  json?: boolean;
}

function describe(payload: CodePayload): string {
  switch (payload.kind) {
    case 'plate':
      return `machine plate: machine ${payload.machineId}, chip ${payload.chipId}, district ${payload.district}, plate #${payload.plateSeq} of ${payload.issuedOn}`;
    case 'credential':
      return `worker credential: ${payload.maskedName} (worker ${payload.workerId}), certificates ${payload.certificates.map((c) => `${c.type} until ${c.validTo}`).join(', ')}`;
    case 'permit':
      return `hot-work permit ${payload.permitId}: site ${payload.siteId}, ${payload.level}, ${payload.workKind}, ${payload.durationMinutes} min from ${new Date(payload.start * 1000).toISOString()}`;
  }
}

/** `weldcode qr verify`: verifies a scanned code offline against a cached trust list. */
export function verifyCommand(io: CliIo): Command {
  return new Command('verify')
    .description('verify a code (text or URL form) offline against a trust list and revocation lists')
    .argument('<code>', 'the scanned text, or @file to read it from a file')
    .requiredOption('--root <jwk...>', 'root public key(s) (JWK)')
    .requiredOption('--trust-list <file>', 'the root-signed trust list (COSE bytes)')
    .option('--revocations <file...>', "issuers' revocation lists (COSE bytes), full then deltas")
    .option('--expect <kind>', 'the kind required here: plate, credential or permit')
    .option('--now <unix>', 'verify as of this Unix time', integer)
    .option('--skew <seconds>', 'clock skew tolerance (default 300)', integer)
    .option('--strict', 'fail on a stale trust list or an unknown revocation state')
    .option('--lang <lang>', 'message language: zh or en', 'zh')
    .option('--json', 'print JSON for scripts')
    .action((code: string, options: VerifyOptions) => {
      const scanned = code.startsWith('@') ? readInput(code.slice(1)).toString('utf8') : code;
      const now = options.now ?? Math.floor(Date.now() / 1000);
      const verifier = new QrVerifier({
        roots: options.root.map(readPublicKey),
        clock: () => now,
        ...(options.skew === undefined ? {} : { clockSkewSeconds: options.skew }),
        requireFreshTrustList: options.strict ?? false,
        requireRevocationStatus: options.strict ?? false,
      });
      const loads = [
        { file: options.trustList, result: verifier.loadTrustList(readInput(options.trustList)) },
        ...(options.revocations ?? []).map((file) => ({
          file,
          result: verifier.loadRevocationList(readInput(file)),
        })),
      ];
      const result = verifier.verify(
        scanned,
        options.expect === undefined ? {} : { expectKind: options.expect },
      );
      const message = REASON_MESSAGES[result.reason][options.lang === 'en' ? 'en' : 'zh'];
      if (options.json) {
        const { bytes: _bytes, payload, ...rest } = result;
        io.out(
          `${JSON.stringify({ ...rest, message, payload: payloadToJson(payload), loads: loads.map((l) => ({ file: l.file, ...l.result })) })}\n`,
        );
      } else {
        for (const load of loads)
          if (!load.result.accepted) io.out(`! ${load.file}: ${load.result.reason}\n`);
        io.out(`${result.valid ? '✓' : '✗'} ${result.reason} ${message}\n`);
        if (result.payload !== undefined)
          io.out(`  ${describe(result.payload)}\n  issuer ${result.issuer}, key ${result.kid}\n`);
      }
      if (!result.valid) throw new CliError('ERR_CLI_CHECK_FAILED', `code not valid: ${result.reason}`);
    });
}
