import type {
  CertificateType,
  HotWorkPermit,
  PermitZone,
  QrVerifier,
  WorkerCredential,
  WorkKind,
} from '@weldcode/qr';
import { bindingHash } from '@weldcode/qr';
import { distanceMetres, type GeoPoint } from '../signals/position-signal';
import type { RefusalReason } from './reason-codes';

/** What the platform knows about a registered machine's site. */
export interface SiteRecord {
  siteId: number;
  centre: GeoPoint;
  radiusM: number;
  /** Opening hours of a crowded place, local minutes of day [open, close); hot work is refused inside. */
  openingHours?: [openMin: number, closeMin: number];
  /** UTC offset of local time, minutes (default +480, China). */
  utcOffsetMin?: number;
}

/** A worker's unlock application, as the worker app sends it after scanning a plate. */
export interface UnlockApplication {
  plateText: string;
  credentialText?: string;
  permitText?: string;
  phone: GeoPoint;
  /** The fire watcher's phone position; absent = the watcher did not check in. */
  fireWatcher?: GeoPoint;
}

/** The verdict on an application. */
export type UnlockDecision =
  | {
      granted: true;
      machineId: number;
      workerId: number;
      permitId: number;
      notAfterS: number;
      warnings: string[];
    }
  | { granted: false; reason: RefusalReason; machineId?: number; workerId?: number };

/** Accepted certificate types per work kind (policy data from the brief, not protocol constants). */
export const ACCEPTED_CERTIFICATES: Record<WorkKind, readonly CertificateType[]> = {
  ordinary: ['em-welding', 'construction-welder'],
  'crowded-place': ['em-welding', 'construction-welder'],
  'construction-site': ['construction-welder', 'em-welding'],
  'special-equipment': ['special-equipment-welding'],
};

/** Maximum distance between the phone and the machine's chip before a scan counts as remote. */
export const REMOTE_SCAN_M = 200;

function inZone(zone: PermitZone, p: GeoPoint, slackM: number): boolean {
  if (zone.shape === 'circle')
    return distanceMetres({ lat: zone.lat, lon: zone.lon }, p) <= zone.radiusM + slackM;
  // ray casting; the slack is ignored for polygons (small zones are drawn as circles)
  let inside = false;
  const v = zone.vertices;
  for (let i = 0, j = v.length - 1; i < v.length; j = i++) {
    const [yi, xi] = v[i] as [number, number];
    const [yj, xj] = v[j] as [number, number];
    if (yi > p.lat !== yj > p.lat && p.lon < ((xj - xi) * (p.lat - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

function hasHash(list: readonly Uint8Array[], bytes: Uint8Array | undefined): boolean {
  if (bytes === undefined) return false;
  const hash = bindingHash(bytes);
  return list.some((h) => h.length === hash.length && h.every((b, i) => b === hash[i]));
}

/** Context the policy reads. */
export interface PolicyContext {
  verifier: QrVerifier;
  nowS: number;
  siteOf: (machineId: number) => SiteRecord | undefined;
  tampered: (machineId: number) => boolean;
  /** The chip's latest fix of this machine, if any. */
  chipFix: (machineId: number) => (GeoPoint & { accuracyM: number }) | undefined;
  /** Warn when a certificate expires within this many days (default 30). */
  expiringDays?: number;
}

/**
 * The minimal decision a district platform makes on 扫码开机 (brief, flow 4): plate genuine, machine
 * untampered, worker certified for this kind of work, permit valid now and covering both, phone
 * and chip inside the zone and near each other, no crowded place open, fire watcher present.
 */
export function decideUnlock(app: UnlockApplication, ctx: PolicyContext): UnlockDecision {
  const plate = ctx.verifier.verify(app.plateText, { expectKind: 'plate', now: ctx.nowS });
  if (!plate.valid || plate.payload?.kind !== 'plate') return { granted: false, reason: 'PLATE_INVALID' };
  const machineId = plate.payload.machineId;
  const site = ctx.siteOf(machineId);
  if (site === undefined) return { granted: false, reason: 'MACHINE_UNKNOWN', machineId };
  if (ctx.tampered(machineId)) return { granted: false, reason: 'MACHINE_TAMPERED', machineId };
  if (app.credentialText === undefined) return { granted: false, reason: 'UNLICENSED_WORKER', machineId };
  const cred = ctx.verifier.verify(app.credentialText, { expectKind: 'credential', now: ctx.nowS });
  if (!cred.valid || cred.payload?.kind !== 'credential') {
    return {
      granted: false,
      reason: cred.reason === 'EXPIRED' ? 'CERTIFICATE_EXPIRED' : 'CREDENTIAL_INVALID',
      machineId,
    };
  }
  const worker: WorkerCredential = cred.payload;
  const refuse = (reason: RefusalReason): UnlockDecision => ({
    granted: false,
    reason,
    machineId,
    workerId: worker.workerId,
  });
  if (app.permitText === undefined) return refuse('NO_PERMIT');
  const permitResult = ctx.verifier.verify(app.permitText, { expectKind: 'permit', now: ctx.nowS });
  if (permitResult.payload?.kind !== 'permit') return refuse('PERMIT_INVALID');
  const permit: HotWorkPermit = permitResult.payload;
  const endS = permit.start + permit.durationMinutes * 60;
  if (!permitResult.valid) {
    return refuse(
      permitResult.reason === 'EXPIRED' || permitResult.reason === 'NOT_YET_VALID'
        ? 'OUTSIDE_WINDOW'
        : 'PERMIT_INVALID',
    );
  }
  if (!hasHash(permit.credentialHashes, cred.bytes) || !hasHash(permit.plateHashes, plate.bytes))
    return refuse('NOT_ON_PERMIT');
  const today = new Date(ctx.nowS * 1000).toISOString().slice(0, 10);
  const usable = worker.certificates.filter((c) => ACCEPTED_CERTIFICATES[permit.workKind].includes(c.type));
  if (usable.length === 0) return refuse('WRONG_CERTIFICATE_TYPE');
  const current = usable.filter((c) => c.validFrom <= today && today <= c.validTo);
  if (current.length === 0) return refuse('CERTIFICATE_EXPIRED');
  if (ctx.nowS < permit.start || ctx.nowS >= endS) return refuse('OUTSIDE_WINDOW');
  const fix = ctx.chipFix(machineId);
  if (fix !== undefined && distanceMetres(fix, app.phone) > REMOTE_SCAN_M + fix.accuracyM)
    return refuse('REMOTE_SCAN');
  if (!inZone(permit.zone, app.phone, 0)) return refuse('OUTSIDE_ZONE');
  if (fix !== undefined && !inZone(permit.zone, fix, fix.accuracyM)) return refuse('OUTSIDE_ZONE');
  if (site.openingHours !== undefined && permit.workKind === 'crowded-place') {
    const local = (((ctx.nowS / 60 + (site.utcOffsetMin ?? 480)) % 1440) + 1440) % 1440;
    const [open, close] = site.openingHours;
    if (local >= open && local < close) return refuse('CROWDED_PLACE_OPEN');
  }
  if (app.fireWatcher === undefined || !inZone(permit.zone, app.fireWatcher, 50))
    return refuse('FIRE_WATCHER_ABSENT');
  const horizon = ctx.nowS + (ctx.expiringDays ?? 30) * 86_400;
  const expiring = current.every((c) => c.validTo < new Date(horizon * 1000).toISOString().slice(0, 10));
  return {
    granted: true,
    machineId,
    workerId: worker.workerId,
    permitId: permit.permitId,
    notAfterS: endS,
    warnings: expiring ? ['CERTIFICATE_EXPIRING'] : [],
  };
}
