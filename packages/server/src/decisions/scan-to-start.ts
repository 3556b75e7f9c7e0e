import { createHash } from 'node:crypto';
import {
  credentialFromCode,
  type EvidenceMap,
  type Finding,
  verifyWorker,
  type WorkKind,
} from '@weldcode/credentials';
import { type AccuratePosition, GeofenceError, remoteScan } from '@weldcode/geofence';
import {
  bindingHash,
  type HotWorkPermit,
  type MachinePlate,
  type QrVerifier,
  type VerificationResult,
  type WorkerCredential,
} from '@weldcode/qr';
import type { CodeService } from '../codes/code-service';
import type { IssuedCodeRow } from '../codes/code-store';
import { newId } from '../ids';
import type { ChipGateway } from '../platform/chip-gateway';
import type { PlatformEvents } from '../platform/platform-events';
import { AuditLog, type AuditRecord } from '../registry/audit-log';
import { BatchWriter } from '../storage/batch-writer';
import type { Storage } from '../storage/storage';
import type { ChipFix } from './chip-state-store';
import { ChipView } from './chip-view';
import { DecisionLookups, type MachineFacts, type PermitFacts, type WorkerFacts } from './decision-lookups';
import {
  orderedReasons,
  REFUSAL_MESSAGES,
  type RefusalReason,
  type ScanCheck,
  type ScanFailure,
} from './refusal-reasons';
import type { PhoneFix, ScanDecision, ScanRequest } from './scan-schemas';
import { issueGrant } from './unlock-grant';
import { DecisionFences } from './zone-fences';

/** Policy values of the pipeline (data, not constants: a district may change them). */
export interface ScanPolicy {
  /** Phone and chip farther apart than this, beyond both accuracies, is a remote scan (m). */
  remoteScanM: number;
  /** How far outside the permit zone the fire watcher may stand (m). */
  fireWatcherSlackM: number;
  /** Radius of the forbidden circle around a crowded place's site (m). */
  crowdedPlaceRadiusM: number;
  /** Longest energised time of one grant (s). */
  maxGrantS: number;
  /** A chip fix older than this says nothing about where the machine is now (s). */
  chipFixMaxAgeS: number;
}

export const DEFAULT_SCAN_POLICY: ScanPolicy = {
  remoteScanM: 200,
  fireWatcherSlackM: 50,
  crowdedPlaceRadiusM: 100,
  maxGrantS: 14_400,
  chipFixMaxAgeS: 86_400,
};

/** What the pipeline runs on. */
export interface ScanToStartOptions {
  storage: Storage;
  codes: CodeService;
  gateway: ChipGateway;
  /** Where `scan-decision` events go; ingest's `record` events feed the chip view. */
  events?: PlatformEvents;
  /** Default: a view over `storage.chipState` following `events`. */
  chips?: ChipView;
  policy?: Partial<ScanPolicy>;
  /** Unix ms; default `Date.now`. */
  clock?: () => number;
  /** Failures of background work (chip state writes, unusable opening hours). */
  onError?: (error: unknown) => void;
}

const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString('hex');

/**
 * What names a scanned plate when no registered machine answers to it: the binding hash of its
 * COSE bytes when it decodes (the same sticker, the same key), else the first 8 bytes of SHA-256
 * of its text. Audit entries and alerts of such scans are keyed by it, not by one shared id.
 */
function scannedPlateKey(text: string, bytes: Uint8Array | undefined): string {
  if (bytes !== undefined) return hex(bindingHash(bytes));
  return createHash('sha256').update(text).digest('hex').slice(0, 16);
}

function hasHash(list: readonly Uint8Array[], bytes: Uint8Array | undefined): boolean {
  if (bytes === undefined) return false;
  const wanted = hex(bindingHash(bytes));
  return list.some((hash) => hex(hash) === wanted);
}

const WRONG_TYPE = new Set(['no-certificate', 'wrong-type-for-work-kind']);
const LAPSED = new Set(['expired', 'review-overdue', 'not-yet-valid']);

function certificateFailure(finding: Finding): ScanFailure {
  if (WRONG_TYPE.has(finding.code))
    return { check: 'certificate-type', reason: 'WRONG_CERTIFICATE_TYPE', detail: finding.code };
  const reason: RefusalReason = LAPSED.has(finding.code) ? 'CERTIFICATE_EXPIRED' : 'CREDENTIAL_INVALID';
  return { check: 'certificate-validity', reason, detail: finding.code };
}

/** A certificate number as a credential carries it: empty when it embeds an ID number (WC-QR-043). */
function codeNumber(number: string): string {
  return /\d{17}[\dX]/i.test(number) ? '' : number.slice(0, 32);
}

function accurate(fix: PhoneFix): AccuratePosition {
  return { lon: fix.longitude, lat: fix.latitude, datum: fix.datum, accuracy: fix.accuracyM };
}

/** One decision in progress: what was verified so far and what failed. */
class Case {
  readonly failures: ScanFailure[] = [];
  readonly warnings: string[] = [];
  machine?: MachineFacts;
  plate?: { payload: MachinePlate; result: VerificationResult };
  worker?: WorkerFacts;
  credential?: { payload: WorkerCredential; result: VerificationResult };
  permit?: PermitFacts;
  permitCode?: HotWorkPermit;
  chipFix?: ChipFix;

  fail(check: ScanCheck, reason: RefusalReason, detail?: string): void {
    this.failures.push({ check, reason, ...(detail === undefined ? {} : { detail }) });
  }
}

/**
 * 扫码开机: decides a worker's scan of a machine plate. Every check runs that its inputs allow,
 * so a refusal lists every failing reason, the deciding one first (spec/server.md §7). An
 * accepted scan gets a grant signed with the directive key, delivered to the chip when it is
 * online and returned for a Bluetooth relay. Every decision is audit-logged and emitted as
 * `scan-decision`.
 *
 * @example
 * ```ts
 * import { CodeService, ScanToStart } from '@weldcode/server';
 *
 * const codes = new CodeService(storage);
 * const scans = new ScanToStart({ storage, codes, gateway, events });
 * const decision = await scans.decide({ plate, credential, phone, fireWatcher });
 * if (!decision.accepted) console.log(decision.reasons[0]);
 * ```
 */
export class ScanToStart {
  readonly chips: ChipView;
  private readonly lookups: DecisionLookups;
  private readonly fences: DecisionFences;
  private readonly policy: ScanPolicy;
  private readonly clock: () => number;
  private readonly stopFollowing: () => void;
  /** Decisions committed together: concurrent scans share one durable commit (group commit). */
  private readonly auditWriter: BatchWriter<{ record: AuditRecord; atMs: number }, void>;

  constructor(private readonly options: ScanToStartOptions) {
    const onError = options.onError ?? (() => undefined);
    this.policy = { ...DEFAULT_SCAN_POLICY, ...options.policy };
    this.clock = options.clock ?? Date.now;
    this.chips = options.chips ?? new ChipView(options.storage.chipState, onError);
    this.stopFollowing =
      options.events && !options.chips ? this.chips.follow(options.events) : () => undefined;
    this.lookups = new DecisionLookups(options.storage.codes.db);
    this.fences = new DecisionFences(this.lookups, this.policy.crowdedPlaceRadiusM, 10_000, onError);
    const db = options.storage.codes.db;
    this.auditWriter = new BatchWriter({
      maxDelayMs: 1,
      write: (items) =>
        db.transaction(async (tx) => {
          for (const { record, atMs } of items) await AuditLog.append(tx, record, atMs);
          return items.map(() => undefined);
        }),
    });
  }

  /** Stops following the event bus and writes the decisions still waiting for their commit. */
  async close(): Promise<void> {
    this.stopFollowing();
    await this.auditWriter.close();
  }

  /** Forgets cached registry data (crowded places) after the registry changed. */
  invalidate(): void {
    this.fences.invalidate();
  }

  /** Decides one scan; `actor` names who asked in the audit log. */
  async decide(request: ScanRequest, actor = 'worker-app'): Promise<ScanDecision> {
    const nowMs = this.clock();
    const verifier = await this.options.codes.lists.currentVerifier();
    const c = new Case();
    await this.checkPlate(c, verifier, request, nowMs);
    await this.checkCredential(c, verifier, request, nowMs);
    await this.checkPermit(c, verifier, request, nowMs);
    await this.checkPlaces(c, request, nowMs);
    return this.conclude(c, request, actor, nowMs);
  }

  private async currentCode(result: VerificationResult): Promise<IssuedCodeRow | undefined> {
    if (result.bytes === undefined) return undefined;
    return this.options.storage.codes.byBindingHash(hex(bindingHash(result.bytes)));
  }

  private async checkPlate(c: Case, verifier: QrVerifier, request: ScanRequest, nowMs: number) {
    const result = verifier.verify(request.plate, { expectKind: 'plate', now: Math.floor(nowMs / 1000) });
    const payload = result.payload?.kind === 'plate' ? result.payload : undefined;
    if (!result.valid || payload === undefined) c.fail('plate', 'PLATE_INVALID', result.reason);
    else {
      const row = await this.currentCode(result);
      if (row?.state !== 'current')
        c.fail('plate', 'PLATE_INVALID', row ? `PLATE_${row.state.toUpperCase()}` : 'PLATE_NOT_ISSUED');
    }
    if (payload === undefined) return;
    c.plate = { payload, result };
    const machine = await this.lookups.machineByCodeNo(payload.machineId);
    if (machine === undefined) return c.fail('machine', 'MACHINE_UNKNOWN', 'MACHINE_NOT_REGISTERED');
    c.machine = machine;
    if (machine.status !== 'retrofitted' || machine.chipId === null) {
      return c.fail('machine', 'MACHINE_UNKNOWN', 'MACHINE_NOT_RETROFITTED');
    }
    if (machine.chipCodeNo !== payload.chipId) c.fail('plate', 'PLATE_INVALID', 'PLATE_CHIP_MISMATCH');
    if (machine.chipStatus !== 'active')
      c.fail('machine', 'MACHINE_UNKNOWN', `CHIP_${String(machine.chipStatus).toUpperCase()}`);
    if (!this.options.gateway.isOnline(machine.chipId) && request.relay !== true) {
      c.fail('machine', 'MACHINE_UNKNOWN', 'CHIP_UNREACHABLE');
    }
    const state = await this.chips.get(machine.chipId);
    if (state.tamper !== undefined) c.fail('tamper', 'MACHINE_TAMPERED', state.tamper.reason);
    if (state.fix !== undefined && nowMs - state.fix.atMs <= this.policy.chipFixMaxAgeS * 1000)
      c.chipFix = state.fix;
  }

  private async checkCredential(c: Case, verifier: QrVerifier, request: ScanRequest, nowMs: number) {
    if (request.credential === undefined) return c.fail('credential-presented', 'UNLICENSED_WORKER');
    const result = verifier.verify(request.credential, {
      expectKind: 'credential',
      now: Math.floor(nowMs / 1000),
    });
    const payload = result.payload?.kind === 'credential' ? result.payload : undefined;
    if (!result.valid || payload === undefined) {
      c.fail(
        'credential',
        result.reason === 'EXPIRED' ? 'CERTIFICATE_EXPIRED' : 'CREDENTIAL_INVALID',
        result.reason,
      );
    } else {
      const row = await this.currentCode(result);
      if (row?.state !== 'current') {
        c.fail(
          'credential',
          'CREDENTIAL_INVALID',
          row ? `CREDENTIAL_${row.state.toUpperCase()}` : 'CREDENTIAL_NOT_ISSUED',
        );
      }
    }
    if (payload === undefined) return;
    c.credential = { payload, result };
    const worker = await this.lookups.workerByCodeNo(payload.workerId);
    if (worker === undefined) return c.fail('credential', 'CREDENTIAL_INVALID', 'WORKER_NOT_REGISTERED');
    c.worker = worker;
  }

  private async checkPermit(c: Case, verifier: QrVerifier, request: ScanRequest, nowMs: number) {
    if (request.permit !== undefined) {
      const result = verifier.verify(request.permit, { expectKind: 'permit', now: Math.floor(nowMs / 1000) });
      const payload = result.payload?.kind === 'permit' ? result.payload : undefined;
      if (payload === undefined) return c.fail('permit', 'PERMIT_INVALID', result.reason);
      if (result.reason === 'EXPIRED' || result.reason === 'NOT_YET_VALID') {
        c.fail('permit-validity', 'OUTSIDE_WINDOW', result.reason);
      } else if (!result.valid) c.fail('permit', 'PERMIT_INVALID', result.reason);
      else {
        const row = await this.currentCode(result);
        if (row?.state !== 'current')
          c.fail(
            'permit',
            'PERMIT_INVALID',
            row ? `PERMIT_CODE_${row.state.toUpperCase()}` : 'PERMIT_NOT_ISSUED',
          );
      }
      c.permitCode = payload;
      c.permit = await this.lookups.permitByCodeNo(payload.permitId);
      if (c.permit === undefined) return c.fail('permit', 'PERMIT_INVALID', 'PERMIT_NOT_REGISTERED');
    } else {
      c.permit =
        c.worker && c.machine
          ? await this.lookups.coveringPermit(c.worker.id, c.machine.id, nowMs)
          : undefined;
      if (c.permit === undefined) return c.fail('permit-presented', 'NO_PERMIT');
    }
    const permit = c.permit;
    if (permit.state !== 'approved')
      c.fail('permit', 'PERMIT_INVALID', `PERMIT_${permit.state.toUpperCase()}`);
    await this.checkCoverage(c, permit);
    this.checkCertificates(c, permit, nowMs, await this.lookups.certificatesOf(c.worker?.id ?? ''));
    if (nowMs < permit.startsAtMs) c.fail('window', 'OUTSIDE_WINDOW', 'PERMIT_NOT_STARTED');
    if (nowMs >= permit.endsAtMs) c.fail('window', 'OUTSIDE_WINDOW', 'PERMIT_ENDED');
    for (const period of await this.lookups.specialPeriodsAt(permit.siteId, nowMs)) {
      c.fail('window', 'OUTSIDE_WINDOW', `SPECIAL_PERIOD:${period.id}`);
    }
  }

  private async checkCoverage(c: Case, permit: PermitFacts) {
    const covered = await this.lookups.coverage(permit.id, c.worker?.id, c.machine?.id);
    if (c.worker && !covered.worker) c.fail('coverage', 'NOT_ON_PERMIT', 'WORKER_NOT_ON_PERMIT');
    if (c.machine && !covered.machine) c.fail('coverage', 'NOT_ON_PERMIT', 'MACHINE_NOT_ON_PERMIT');
    const code = c.permitCode;
    if (code === undefined) return;
    // WC-QR-054: the permit code binds the exact credential and plate it was issued for.
    if (c.credential && !hasHash(code.credentialHashes, c.credential.result.bytes)) {
      c.fail('coverage', 'NOT_ON_PERMIT', 'CREDENTIAL_NOT_BOUND');
    }
    if (c.plate && !hasHash(code.plateHashes, c.plate.result.bytes))
      c.fail('coverage', 'NOT_ON_PERMIT', 'PLATE_NOT_BOUND');
  }

  private checkCertificates(
    c: Case,
    permit: PermitFacts,
    nowMs: number,
    registry: Record<string, unknown>[],
  ) {
    if (c.credential === undefined) return;
    const evidence: Record<string, EvidenceMap[string]> = {};
    for (const row of registry) {
      evidence[`${String(row.type)}:${codeNumber(String(row.number))}`] = {
        registry: {
          outcome: 'found',
          status: 'valid',
          validFrom: String(row.issued_on),
          validTo: String(row.expires_on),
          ...(row.review_due_on ? { nextReviewDate: String(row.review_due_on) } : {}),
        },
      };
    }
    const credential = credentialFromCode(c.credential.payload);
    const verdict = verifyWorker({
      workKind: permit.workKind as WorkKind,
      credential,
      presented: { workerId: credential.workerId },
      at: nowMs,
      evidence,
    });
    if (verdict.decision === 'reject') {
      for (const finding of verdict.findings)
        if (finding.severity === 'reject') c.failures.push(certificateFailure(finding));
    } else for (const finding of verdict.findings) c.warnings.push(finding.code);
  }

  private async checkPlaces(c: Case, request: ScanRequest, nowMs: number) {
    try {
      await this.checkPositions(c, request, nowMs);
    } catch (error) {
      // A position the geofence package cannot place (its typed errors) proves nothing: refuse.
      if (!(error instanceof GeofenceError)) throw error;
      c.fail('zone', 'OUTSIDE_ZONE', error.code);
    }
  }

  private async checkPositions(c: Case, request: ScanRequest, nowMs: number) {
    const phone = accurate(request.phone);
    const chip = c.chipFix && {
      lon: c.chipFix.lon,
      lat: c.chipFix.lat,
      datum: 'wgs84' as const,
      accuracy: c.chipFix.accuracyM,
    };
    if (chip && remoteScan(phone, chip, this.policy.remoteScanM).decision === 'remote')
      c.fail('remote-scan', 'REMOTE_SCAN');
    const permit = c.permit;
    if (permit !== undefined) {
      const fence = this.fences.permitZone(permit.id, permit.zone);
      if (fence.locate(phone) === 'outside') c.fail('zone', 'OUTSIDE_ZONE', 'PHONE_OUTSIDE_ZONE');
      if (chip && fence.decide(chip).decision === 'outside')
        c.fail('zone', 'OUTSIDE_ZONE', 'CHIP_OUTSIDE_ZONE');
    }
    const positions = chip ? [phone, chip] : [phone];
    for (const place of await this.fences.openCrowdedPlaces(
      permit?.siteId ?? c.machine?.siteId ?? undefined,
      positions,
      nowMs,
    )) {
      c.fail('forbidden-zone', 'CROWDED_PLACE_OPEN', `CROWDED_PLACE:${place}`);
    }
    const watcher = request.fireWatcher;
    if (watcher === undefined) c.fail('fire-watcher', 'FIRE_WATCHER_ABSENT', 'NOT_CHECKED_IN');
    else if (permit !== undefined) {
      const fence = this.fences.permitZone(permit.id, permit.zone);
      if (fence.decide(accurate(watcher), this.policy.fireWatcherSlackM).decision === 'outside') {
        c.fail('fire-watcher', 'FIRE_WATCHER_ABSENT', 'WATCHER_OUTSIDE_ZONE');
      }
    }
  }

  private async conclude(c: Case, request: ScanRequest, actor: string, nowMs: number): Promise<ScanDecision> {
    const reasons = orderedReasons(c.failures);
    const accepted = reasons.length === 0 && c.machine?.chipId && c.worker && c.permit;
    const decision: ScanDecision = {
      decisionId: newId('dec', nowMs),
      accepted: Boolean(accepted),
      reasons,
      refusals: orderedFailures(c.failures).map((f) => ({ ...f, message: REFUSAL_MESSAGES[f.reason] })),
      warnings: [...new Set(c.warnings)],
      machineId: c.machine?.id ?? null,
      chipId: c.machine?.chipId ?? null,
      workerId: c.worker?.id ?? null,
      permitId: c.permit?.id ?? null,
      grant: null,
      decidedAt: new Date(nowMs).toISOString(),
    };
    if (accepted && c.machine?.chipId && c.worker && c.permit) {
      const { grant } = await issueGrant(
        {
          chipId: c.machine.chipId,
          workerId: c.worker.id,
          permitId: c.permit.id,
          nowMs,
          notAfterMs: c.permit.endsAtMs,
          maxDurationS: this.policy.maxGrantS,
          ...(request.requestId === undefined ? {} : { requestId: request.requestId }),
        },
        this.options.storage.keys.directive,
        this.options.gateway,
      );
      decision.grant = grant;
    }
    const plateKey = scannedPlateKey(request.plate, c.plate?.result.bytes);
    await this.record(decision, actor, nowMs, plateKey);
    return decision;
  }

  private async record(
    decision: ScanDecision,
    actor: string,
    nowMs: number,
    plateKey: string,
  ): Promise<void> {
    const record: AuditRecord = {
      actor,
      action: 'scan-to-start',
      subjectType: decision.machineId === null ? 'plate' : 'machine',
      subjectId: decision.machineId ?? plateKey,
      outcome: decision.accepted ? 'accepted' : 'refused',
      reasons: [...decision.reasons],
      details: {
        decisionId: decision.decisionId,
        workerId: decision.workerId,
        permitId: decision.permitId,
        chipId: decision.chipId,
        refusals: decision.refusals.map(({ check, reason, detail }) => ({ check, reason, detail })),
        warnings: decision.warnings,
        grantId: decision.grant?.grantId ?? null,
        delivered: decision.grant?.delivered ?? null,
      },
    };
    // The answer waits for the commit: a decision nobody can audit is never given.
    await this.auditWriter.submit({ record, atMs: nowMs });
    this.options.events?.emit('scan-decision', {
      decisionId: decision.decisionId,
      ...(decision.machineId === null ? {} : { machineId: decision.machineId }),
      plate: plateKey,
      ...(decision.chipId === null ? {} : { chipId: decision.chipId }),
      ...(decision.workerId === null ? {} : { workerId: decision.workerId }),
      ...(decision.permitId === null ? {} : { permitId: decision.permitId }),
      accepted: decision.accepted,
      reasons: decision.reasons,
      atMs: nowMs,
    });
  }
}

function orderedFailures(failures: readonly ScanFailure[]): ScanFailure[] {
  const order = orderedReasons(failures);
  return [...failures].sort((a, b) => order.indexOf(a.reason) - order.indexOf(b.reason));
}
