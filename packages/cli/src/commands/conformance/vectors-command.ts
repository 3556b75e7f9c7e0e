import { loadVectorFiles } from '@weldcode/conformance';
import { Command } from 'commander';
import type { CliIo } from '../../cli-io';
import { startProgress } from '../../progress';

/** `weldcode conformance vectors`. */
export function vectorsCommand(io: CliIo): Command {
  return new Command('vectors')
    .description('validate every test-vector file against its JSON Schema')
    .option('--json', 'print a JSON summary')
    .option('--dir <dir>', 'vectors folder (default: the one shipped with @weldcode/conformance)')
    .action((options: { json?: boolean; dir?: string }) => {
      const progress = startProgress(io, 'vectors', options.json);
      const files = loadVectorFiles({
        ...(options.dir === undefined ? {} : { root: options.dir }),
        onFile: (path, index, total) => progress.update(index + 1, total, path),
      });
      progress.stop();
      const areas = new Map<string, number>();
      for (const file of files) areas.set(file.area, (areas.get(file.area) ?? 0) + file.cases.length);
      const summary = {
        files: files.length,
        cases: [...areas.values()].reduce((a, b) => a + b, 0),
        areas: Object.fromEntries(areas),
      };
      if (options.json) io.out(`${JSON.stringify(summary, null, 2)}\n`);
      else {
        io.out(`${summary.files} vector files, ${summary.cases} cases, all valid\n`);
        for (const [area, count] of areas) io.out(`  ${area.padEnd(12)} ${count}\n`);
      }
    });
}
