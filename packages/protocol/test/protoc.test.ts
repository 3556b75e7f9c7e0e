import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { loadVectors, type VectorCase } from '@weldcode/conformance';
import { bytesToHex, hexToBytes } from '@weldcode/crypto';
import { describe, expect, it } from 'vitest';
import { decodeEnvelope } from '../src/index';

// Google's protoc decodes the vectors against the .proto files: proof that the spec, not this
// library, defines the bytes. CI installs protoc (Debian protobuf-compiler); without it this file
// skips with a visible notice rather than passing silently.
const protoRoot = fileURLToPath(new URL('../../../spec/proto', import.meta.url));
const hasProtoc = spawnSync('protoc', ['--version'], { encoding: 'utf8' }).status === 0;
if (!hasProtoc) console.warn('[protocol] protoc not installed: skipping the protoc --decode vector checks');

function protoc(mode: '--decode' | '--encode', type: string, input: Uint8Array | string) {
  const run = spawnSync(
    'protoc',
    [`${mode}=weldcode.v1.${type}`, '-I', protoRoot, 'weldcode/v1/envelope.proto'],
    {
      input,
    },
  );
  return { status: run.status, stdout: run.stdout as Buffer, stderr: String(run.stderr) };
}

interface EnvelopeCase extends VectorCase {
  type: string;
  hex: string;
  canonical?: boolean;
  envelopeHex?: string;
}

const valid = loadVectors<EnvelopeCase>('protocol').filter((c) => c.type === 'envelope');

describe.skipIf(!hasProtoc)('vectors under protoc --decode', () => {
  it.each(valid)('$id decodes under protoc; canonical bytes survive protoc decode -> encode', (vector) => {
    const bytes = hexToBytes(vector.hex);
    const decoded = protoc('--decode', 'Envelope', bytes);
    expect(decoded.stderr).toBe('');
    expect(decoded.status).toBe(0);
    if (vector.canonical) {
      const encoded = protoc('--encode', 'Envelope', decoded.stdout.toString('utf8'));
      expect(encoded.status).toBe(0);
      expect(bytesToHex(new Uint8Array(encoded.stdout))).toBe(vector.hex);
    } else {
      expect(decoded.stdout.toString('utf8')).toMatch(/^\s*\d+: /m); // the unknown field, kept by protoc
    }
    const { body } = decodeEnvelope(bytes);
    if (body.kind === 'directive') {
      const inner = protoc('--decode', 'Directive', body.value.directive as Uint8Array);
      expect(inner.status).toBe(0);
    }
    if (body.kind === 'backfill') {
      for (const record of body.value.records ?? [])
        expect(protoc('--decode', 'Envelope', record).status).toBe(0);
    }
  });
});

describe.skipIf(hasProtoc)('vectors under protoc --decode (protoc absent)', () => {
  it('is skipped because protoc is not installed (apt-get install protobuf-compiler)', () => {
    expect(hasProtoc).toBe(false);
  });
});
