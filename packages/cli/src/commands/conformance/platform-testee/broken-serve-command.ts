import { Command, Option } from 'commander';
import type { CliIo } from '../../../cli-io';
import { serveCommand } from '../../serve-command';
import { BROKEN_VARIANTS, type BrokenVariant, breakServer } from './broken-server';

/**
 * `weldcode conformance broken-serve --variant <v> -- <serve options>`: `weldcode serve` with one
 * deliberate defect, started by `platform-testee --broken` for the suite's self-test. Hidden.
 */
export function brokenServeCommand(io: CliIo): Command {
  return new Command('broken-serve')
    .description('weldcode serve with a deliberate defect (conformance self-test only)')
    .addOption(
      new Option('--variant <variant>', 'the defect').choices([...BROKEN_VARIANTS]).makeOptionMandatory(),
    )
    .argument('[serve...]', 'options of weldcode serve (after --)')
    .action(async (serve: string[], options: { variant: BrokenVariant }) => {
      // the defects patch this thread's storage and bus, so ingest must run here, not in a worker
      const argv = [...serve, '--ingest-thread', 'main'];
      await serveCommand(io, undefined, (server) => breakServer(server, options.variant)).parseAsync(argv, {
        from: 'user',
      });
    });
}
