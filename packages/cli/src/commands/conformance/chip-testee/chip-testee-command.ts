import { createInterface } from 'node:readline';
import { MACHINE_KINDS, type MachineKind } from '@weldcode/simulator';
import { Command, Option } from 'commander';
import type { CliIo } from '../../../cli-io';
import {
  isRigRefusal,
  MISBEHAVIOURS,
  type Misbehaviour,
  ReferenceChipRig,
  type RigCommand,
} from './reference-chip-rig';

interface ChipTesteeOptions {
  chipId: string;
  seed: string;
  machineKind: MachineKind;
  misbehave?: Misbehaviour;
}

/**
 * `weldcode conformance chip-testee`: the reference chip (the simulator's VirtualChip) behind the
 * chip control channel (spec/conformance.md §6.2), for `weldcode conformance chip`.
 */
export function chipTesteeCommand(io: CliIo): Command {
  return new Command('chip-testee')
    .description('the reference chip behind the chip control channel (line-delimited JSON on stdin/stdout)')
    .option('--chip-id <id>', 'chip id on the wire', 'WC-CONF-REF-0001')
    .option('--seed <n>', 'seed of the chip key, signals and back-off jitter', '1')
    .addOption(
      new Option('--machine-kind <kind>', 'machine kind')
        .choices(Object.keys(MACHINE_KINDS))
        .default('mig-mag'),
    )
    .addOption(
      new Option('--misbehave <variant>', "a deliberately broken variant (the suite's self-test)").choices([
        ...MISBEHAVIOURS,
      ]),
    )
    .action(async (options: ChipTesteeOptions) => {
      const rig = new ReferenceChipRig({
        chipId: options.chipId,
        seed: Number(options.seed),
        machineKind: options.machineKind,
        ...(options.misbehave ? { misbehave: options.misbehave } : {}),
      });
      io.out(`${JSON.stringify(rig.hello())}\n`);
      for await (const line of createInterface({
        input: process.stdin,
        crlfDelay: Number.POSITIVE_INFINITY,
      })) {
        if (line.trim() === '') continue;
        let message: RigCommand & { id?: unknown; type?: unknown };
        try {
          message = JSON.parse(line);
        } catch {
          io.err('chip-testee: ignoring a line that is not JSON\n');
          continue;
        }
        let reply: Record<string, unknown>;
        try {
          reply = await rig.handle(message);
        } catch (error) {
          if (!isRigRefusal(error))
            io.err(`chip-testee: ${error instanceof Error ? error.stack : String(error)}\n`);
          reply = { ok: false, error: error instanceof Error ? error.message : String(error) };
        }
        io.out(`${JSON.stringify({ type: 'reply', id: message.id, ...reply })}\n`);
        if (message.command === 'bye') break;
      }
    });
}
