import type { AreaRule } from '../runner/area-rule';
import { credentialsRule } from './credentials-rule';
import { geofenceRule } from './geofence-rule';
import { protocolRule } from './protocol-rule';
import { qrRule } from './qr-rule';

/**
 * The vectors-profile rule of every area (spec/conformance.md section 5), keyed by the area's
 * folder name under `vectors/`. An area is added here together with its vectors.
 */
export const VECTOR_AREA_RULES: Readonly<Record<string, AreaRule>> = {
  credentials: credentialsRule,
  geofence: geofenceRule,
  protocol: protocolRule,
  qr: qrRule,
};
