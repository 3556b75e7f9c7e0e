import { writeFileSync } from 'node:fs';
import { type EccLevel, labelSheets, type PlateLabel, renderPng, renderSvg, symbolInfo } from '@weldcode/qr';
import { Command } from 'commander';
import { CliError } from '../../cli-error';
import type { CliIo } from '../../cli-io';
import { integer, readInput, readJson } from './qr-files';

interface RenderOptions {
  out: string;
  ecc?: EccLevel;
  scale?: number;
  sheet?: string;
}

/** `weldcode qr render`: a code to PNG or SVG, or plate labels to A4 SVG sheets. */
export function renderCommand(io: CliIo): Command {
  return new Command('render')
    .description('render a code to PNG or SVG (ECC H for plates), or plate labels to A4 SVG sheets')
    .argument('[code]', 'the code text, or @file to read it from a file')
    .requiredOption('--out <file>', 'output .png or .svg (sheets: page number added before .svg)')
    .option('--ecc <level>', 'error correction L, M, Q or H (default: H for plates, Q otherwise)')
    .option('--scale <pixels>', 'PNG pixels per module (default 8)', integer)
    .option('--sheet <labels.json>', 'print labels [{"text","title","footer"}] on A4 sheets instead')
    .action(async (code: string | undefined, options: RenderOptions) => {
      if (options.sheet !== undefined) {
        const pages = await labelSheets(readJson(options.sheet) as PlateLabel[]);
        pages.forEach((page, i) => {
          const path = pages.length === 1 ? options.out : options.out.replace(/(\.svg)?$/, `-${i + 1}.svg`);
          writeFileSync(path, page);
          io.out(`${path}\n`);
        });
        return;
      }
      if (code === undefined) throw new CliError('ERR_CLI_BAD_INPUT', 'give a code to render, or --sheet');
      const text = (code.startsWith('@') ? readInput(code.slice(1)).toString('utf8') : code).trim();
      const render = {
        ...(options.ecc ? { ecc: options.ecc } : {}),
        ...(options.scale ? { scale: options.scale } : {}),
      };
      if (options.out.endsWith('.png')) writeFileSync(options.out, await renderPng(text, render));
      else if (options.out.endsWith('.svg')) writeFileSync(options.out, await renderSvg(text, render));
      else throw new CliError('ERR_CLI_BAD_INPUT', '--out must end in .png or .svg');
      const symbol = symbolInfo(text, render);
      io.out(
        `${options.out}: QR version ${symbol.version} at ECC ${symbol.ecc} (${symbol.modules}×${symbol.modules})\n`,
      );
    });
}
