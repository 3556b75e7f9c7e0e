import { ProtocolError } from '../protocol-error';
import { BODY_KINDS } from './body-kinds';
import { MAX_TELEMETRY_SAMPLES } from './limits';
import type { Envelope, Location, Telemetry } from './messages';

function invalid(message: string, details: Record<string, unknown> = {}): ProtocolError {
  return new ProtocolError('ERR_PROTO_INVALID_FIELD', message, { details });
}

/** WC-PROTO-010: sample count, equal series lengths, no state bits beyond the samples. */
export function checkTelemetry(t: Telemetry): void {
  // hot path: no allocation
  const a = t.currentDa?.length ?? 0;
  const b = t.voltageDv?.length ?? 0;
  const c = t.temperatureC?.length ?? 0;
  const samples = a || b || c;
  if (samples < 1 || samples > MAX_TELEMETRY_SAMPLES) {
    throw invalid(`telemetry holds ${samples} samples, not 1..${MAX_TELEMETRY_SAMPLES}`, { samples });
  }
  if ((a && a !== samples) || (b && b !== samples) || (c && c !== samples)) {
    throw invalid('telemetry series differ in length');
  }
  if (samples < 16 && (t.states ?? 0) >= 2 ** (2 * samples)) {
    throw invalid('telemetry states has bits beyond its samples', { samples });
  }
}

/** WC-PROTO-011: WGS-84 range, or cells only. */
export function checkLocation(l: Location): void {
  const hasFix = (l.latE7 ?? 0) !== 0 || (l.lonE7 ?? 0) !== 0;
  if (!hasFix && (l.cells?.length ?? 0) === 0) throw invalid('location has neither a fix nor cells');
  if (Math.abs(l.latE7 ?? 0) > 900_000_000 || Math.abs(l.lonE7 ?? 0) > 1_800_000_000) {
    throw invalid('location outside WGS-84 range', { latE7: l.latE7, lonE7: l.lonE7 });
  }
}

/** Field rules of the body and record sequencing (WC-PROTO-009). */
export function checkEnvelope(envelope: Envelope): void {
  const { kind, value } = envelope.body;
  if (BODY_KINDS[kind].record && envelope.seq === 0) throw invalid(`${kind} is a record and needs a seq`);
  if (kind === 'telemetry') checkTelemetry(value);
  else if (kind === 'location') checkLocation(value);
}
