import { issueCode, payloadFromJson, symbolInfo, toUrlForm } from '@weldcode/qr';
import { Command } from 'commander';
import type { CliIo } from '../../cli-io';
import { readSecretKey } from '../conformance/lab-key';
import { readJson } from './qr-files';

interface IssueOptions {
  payload: string;
  key: string;
  urlBase?: string;
  json?: boolean;
}

/** `weldcode qr issue`: signs a plate, credential or permit given as JSON. */
export function issueCommand(io: CliIo): Command {
  return new Command('issue')
    .description('sign a plate, worker credential or permit (JSON, byte fields as hex) and print its code')
    .requiredOption('--payload <file>', 'payload JSON file, or - for standard input')
    .requiredOption('--key <jwk>', "issuer's Ed25519 secret key (JWK, as written by conformance keygen)")
    .option('--url-base <url>', 'also print the URL form under this upper-case HTTPS:// base ending in /')
    .option('--json', 'print JSON for scripts')
    .action((options: IssueOptions) => {
      const payload = payloadFromJson(readJson(options.payload));
      const code = issueCode(payload, readSecretKey(options.key));
      const url = options.urlBase === undefined ? undefined : toUrlForm(code.bytes, options.urlBase);
      const symbol = symbolInfo(code.text);
      const bindingHash = Buffer.from(code.bindingHash).toString('hex');
      if (options.json) {
        io.out(
          `${JSON.stringify({ kind: payload.kind, text: code.text, url, bytes: code.bytes.length, bindingHash, qr: symbol })}\n`,
        );
        return;
      }
      io.out(`${code.text}\n`);
      if (url !== undefined) io.out(`${url}\n`);
      io.out(
        `# ${payload.kind}: ${code.bytes.length} bytes signed, ${code.text.length} characters, ` +
          `QR version ${symbol.version} at ECC ${symbol.ecc}, binding hash ${bindingHash}\n`,
      );
    });
}
