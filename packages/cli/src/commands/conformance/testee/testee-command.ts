import { createInterface } from 'node:readline';
import { Command } from 'commander';
import type { CliIo } from '../../../cli-io';
import { CLI_VERSION } from '../../../version';
import { credentialsOutcome } from './credentials-adapter';
import { geofenceOutcome } from './geofence-adapter';
import { protocolOutcome } from './protocol-adapter';
import { qrOutcome } from './qr-adapter';

type Adapter = (vector: never, context: Record<string, unknown>) => unknown;

/** The areas our own packages implement, each answered through the package's public API. */
const ADAPTERS: Record<string, Adapter> = {
  credentials: credentialsOutcome as Adapter,
  geofence: geofenceOutcome as Adapter,
  protocol: protocolOutcome as Adapter,
  qr: qrOutcome as Adapter,
};

function answer(message: {
  id: string;
  area: string;
  case: unknown;
  context?: Record<string, unknown>;
}): unknown {
  const adapter = ADAPTERS[message.area];
  if (adapter === undefined)
    return { type: 'result', id: message.id, skipped: `area ${message.area} not implemented` };
  try {
    return { type: 'result', id: message.id, outcome: adapter(message.case as never, message.context ?? {}) };
  } catch (error) {
    // An unexpected exception is an answer too: the runner shows it as the actual outcome.
    return { type: 'result', id: message.id, outcome: { exception: String(error) } };
  }
}

/**
 * `weldcode conformance testee`: the testee of the weldcode TypeScript packages, speaking the
 * testee protocol (spec/conformance.md §2) on stdin and stdout.
 */
export function testeeCommand(io: CliIo): Command {
  return new Command('testee')
    .description('the testee of the weldcode TypeScript packages (testee protocol on stdin/stdout)')
    .action(async () => {
      io.out(
        `${JSON.stringify({ type: 'hello', protocol: 1, implementation: '@weldcode (TypeScript)', version: CLI_VERSION, areas: Object.keys(ADAPTERS) })}\n`,
      );
      for await (const line of createInterface({
        input: process.stdin,
        crlfDelay: Number.POSITIVE_INFINITY,
      })) {
        if (line.trim() === '') continue;
        let message: {
          type?: string;
          id: string;
          area: string;
          case: unknown;
          context?: Record<string, unknown>;
        };
        try {
          message = JSON.parse(line);
        } catch {
          io.err(`testee: ignoring a line that is not JSON\n`);
          continue;
        }
        if (message.type === 'bye') return;
        io.out(`${JSON.stringify(answer(message))}\n`);
      }
    });
}
