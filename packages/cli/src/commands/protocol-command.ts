import {
  createMacKey,
  decodeEnvelope,
  decodeFrame,
  envelopeToJson,
  openEnvelope,
  ProtocolError,
} from '@weldcode/protocol';
import { Command } from 'commander';
import type { CliIo } from '../cli-io';

function bytesOf(hex: string, what: string): Uint8Array {
  const clean = hex.replace(/\s+/g, '').toLowerCase();
  if (!/^([0-9a-f]{2})*$/.test(clean)) {
    throw new ProtocolError('ERR_PROTO_MALFORMED', `${what} is not hex`);
  }
  return Uint8Array.from(clean.match(/../g) ?? [], (pair) => Number.parseInt(pair, 16));
}

function decodeCommand(io: CliIo): Command {
  return new Command('decode')
    .description('decode one envelope (or stream frame) from hex, check its MAC, print proto3 JSON')
    .argument('<hex>', 'envelope bytes, or a frame with --frame')
    .option('--frame', 'the input is a stream frame (57 43 01 ...): check magic, length and CRC first')
    .option('--key <hex>', 'session key of the direction (32 bytes): verify the MAC')
    .action((hex: string, options: { frame?: boolean; key?: string }) => {
      const input = bytesOf(hex, 'input');
      const bytes = options.frame ? decodeFrame(input) : input;
      const envelope =
        options.key === undefined
          ? decodeEnvelope(bytes)
          : openEnvelope(bytes, createMacKey(bytesOf(options.key, '--key')));
      const json = envelopeToJson(bytes);
      const mac =
        envelope.mac === undefined ? 'none' : options.key === undefined ? 'present, not checked' : 'valid';
      io.out(
        `${JSON.stringify({ kind: envelope.body.kind, seq: envelope.seq, bytes: bytes.length, mac, envelope: json }, null, 2)}\n`,
      );
    });
}

/** `weldcode protocol ...`: wire protocol v1 tools for chip and platform developers. */
export function protocolCommand(io: CliIo): Command {
  return new Command('protocol')
    .description('wire protocol v1: decode envelopes and frames')
    .addCommand(decodeCommand(io));
}
