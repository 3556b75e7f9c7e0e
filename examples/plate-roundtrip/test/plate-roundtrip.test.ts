import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { plateRoundtrip, summary } from '../src/plate-roundtrip';

describe('plate round trip example', () => {
  it('WC-QR-100: issues a plate, renders it at ECC H, reads it back from the PNG and verifies it offline', async () => {
    const outDir = mkdtempSync(join(tmpdir(), 'plate-roundtrip-'));
    const report = await plateRoundtrip(outDir);
    expect(existsSync(report.pngPath)).toBe(true);
    expect(report.readBack).toBe(report.text);
    expect(report.qr).toBe('version 10 at ECC H (57×57)');
    // No revocation list cached in this example: valid, with the REVOCATION_UNKNOWN warning.
    expect(report.result).toMatchObject({ valid: true, reason: 'REVOCATION_UNKNOWN', revocation: 'unknown' });
    expect(report.result.payload).toMatchObject({ kind: 'plate', machineId: 1_200_345 });
    expect(summary(report)).toContain('VALID');
  });
});
