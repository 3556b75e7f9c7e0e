import { randomBytes } from 'node:crypto';
import {
  type CertificateRecord,
  checkIdNumber,
  hashIdNumber as credentialIdHash,
  formatCalendarDay,
  shanghaiDay,
  type Verdict,
  verifyWorker,
  WORK_KINDS,
} from '@weldcode/credentials';
import {
  bindingHash,
  type CodePayload,
  type CredentialCertificate,
  type HotWorkPermit,
  hashIdNumber,
  issueCode,
  type MachinePlate,
  maskName,
  type RevocableKind,
  type WorkerCredential,
} from '@weldcode/qr';
import { newId } from '../ids';
import type { PlatformKeys } from '../platform/platform-keys';
import { AuditLog } from '../registry/audit-log';
import type { Certificate } from '../registry/certificates';
import type { Permit, PermitDecision } from '../registry/permits';
import { ServerError } from '../server-error';
import type { SqlDatabase, SqlExecutor } from '../storage/sql-database';
import type { Storage } from '../storage/storage';
import { CodeLists, DEFAULT_LIST_POLICY, type ListPolicy } from './code-lists';
import type { CodeStore, IssuedCodeRow } from './code-store';
import { permitZoneOf } from './permit-zone';

/** Options of {@link CodeService}. */
export interface CodeServiceOptions {
  /** List publication policy (issuer id, district, update periods). */
  lists?: Partial<ListPolicy>;
  /** Clock in Unix milliseconds (default `Date.now`). */
  clock?: () => number;
}

const MAX_CERTIFICATES = 8;
const SUBJECT_TYPES: Record<RevocableKind, string> = {
  plate: 'machine',
  credential: 'worker',
  permit: 'permit',
};
/** An ID number inside a certificate number (the 特种作业操作证 number usually is one). */
const ID_NUMBER_IN_TEXT = /\d{17}[\dX]/i;

function hex(bytes: Uint8Array): string {
  return Buffer.from(bytes).toString('hex');
}

/**
 * How permit codes issued before sites had code numbers (migration 9) named their site: the
 * first four bytes of SHA-256 of the registry id. Such codes still verify; their site is found
 * through their permit. New codes carry the site's `codeNo` (WC-SRV-048).
 */
export function legacySiteNumber(siteId: string): number {
  return Buffer.from(bindingHash(new TextEncoder().encode(siteId))).readUInt32BE(0);
}

/** What a code is issued for: the kind, and the record's id and code number. */
interface CodeSubject {
  kind: RevocableKind;
  id: string;
  codeNo: number;
}

/** Builds a code from the subject's highest serial so far, inside the issuing transaction. */
type CodeBuilder = (
  tx: SqlExecutor,
  previousSerial: number,
) => Promise<{
  payload: CodePayload;
  serial: number;
  after?: (code: IssuedCodeRow) => Promise<void>;
  details?: Record<string, unknown>;
}>;

async function codeNumberOf(ex: SqlExecutor, table: 'sites' | 'workers', id: string): Promise<number> {
  const rows = await ex.query<{ code_no: number }>(`SELECT code_no FROM ${table} WHERE id = ?`, [id]);
  const row = rows[0];
  if (row === undefined) throw new ServerError('ERR_SRV_NOT_FOUND', `no ${table} record ${id}`);
  return Number(row.code_no);
}

function invalidState(message: string, details: Record<string, unknown>): ServerError {
  return new ServerError('ERR_SRV_INVALID_STATE', message, { details });
}

/**
 * 赋码: issues machine plates, worker credentials and hot-work permit codes signed with the
 * issuer key, revokes them on demand, and publishes the trust and revocation lists that let an
 * offline verifier check them. Every issue and revocation is audit-logged in its transaction.
 */
export class CodeService {
  readonly lists: CodeLists;
  private readonly db: SqlDatabase;
  private readonly store: CodeStore;
  private readonly clock: () => number;

  constructor(
    private readonly storage: Storage,
    options: CodeServiceOptions = {},
  ) {
    this.store = storage.codes;
    this.db = storage.codes.db;
    this.clock = options.clock ?? Date.now;
    const policy = { ...DEFAULT_LIST_POLICY, ...options.lists };
    this.lists = new CodeLists(
      this.db,
      this.store,
      () => storage.keys,
      policy,
      () => this.nowS(),
    );
  }

  private get keys(): PlatformKeys {
    return this.storage.keys;
  }

  nowS(): number {
    return Math.floor(this.clock() / 1000);
  }

  /** The machine's plate (设备码), after the retrofit bound its chip; a reprint supersedes the old one. */
  async issuePlate(machineId: string, by: string): Promise<IssuedCodeRow> {
    const machine = await this.storage.machines.get(machineId);
    if (machine.status !== 'retrofitted' || machine.chipId === null) {
      throw invalidState(`machine ${machineId} is ${machine.status}: a plate is issued after the retrofit`, {
        machineId,
        status: machine.status,
      });
    }
    const chip = await this.storage.chips.get(machine.chipId);
    const district = await this.districtOf(machineId);
    return this.issue({ kind: 'plate', id: machineId, codeNo: machine.codeNo }, by, async (tx, previous) => {
      const serial = previous + 1;
      const payload: MachinePlate = {
        kind: 'plate',
        machineId: machine.codeNo,
        chipId: chip.codeNo,
        district,
        issuedOn: formatCalendarDay(shanghaiDay(this.clock())),
        plateSeq: serial,
      };
      return { payload, serial, after: (code) => this.linkPlate(tx, machineId, code.id) };
    });
  }

  /**
   * The worker's credential (人员码). The operator reads the worker's ID card: the number must be
   * the registered one; it is hashed into the code and never stored. The certificates are
   * checked with @weldcode/credentials first: a worker no work kind accepts gets no code.
   */
  async issueCredential(workerId: string, idNumber: string, by: string): Promise<IssuedCodeRow> {
    const worker = await this.storage.workers.get(workerId);
    const check = checkIdNumber(idNumber);
    if (!check.valid) {
      throw new ServerError('ERR_SRV_VALIDATION', `not a valid ID number (${check.problem})`, {
        details: { field: 'idNumber', problem: check.problem },
      });
    }
    const match = await this.storage.workers.list({ idNumber, limit: 1 });
    if (match.items[0]?.id !== workerId) {
      throw new ServerError(
        'ERR_SRV_POLICY_VIOLATION',
        'the ID number is not the one registered for this worker',
        {
          details: { rule: 'holder-id-number', workerId },
        },
      );
    }
    const certificates = await this.storage.certificates.list(workerId, { limit: 500 });
    const today = formatCalendarDay(shanghaiDay(this.clock()));
    const current = certificates.items
      .filter((c) => c.expiresOn >= today)
      .sort((a, b) => (a.expiresOn < b.expiresOn ? 1 : -1))
      .slice(0, MAX_CERTIFICATES);
    const verdicts = this.verifyCertificates(current, idNumber);
    if (!verdicts.some((verdict) => verdict.decision !== 'reject')) {
      throw new ServerError(
        'ERR_SRV_POLICY_VIOLATION',
        'no certificate qualifies the worker for any work kind',
        {
          details: {
            rule: 'credential-certificates',
            verdicts: Object.fromEntries(verdicts.map((v) => [v.workKind, v.reason])),
          },
        },
      );
    }
    return this.issue(
      { kind: 'credential', id: workerId, codeNo: worker.codeNo },
      by,
      async (_tx, previous) => {
        const issuedAt = Math.max(this.nowS(), previous + 1);
        const payload: WorkerCredential = {
          kind: 'credential',
          workerId: worker.codeNo,
          maskedName: maskedName(worker.name),
          idHash: hashIdNumber(idNumber),
          issuedAt,
          certificates: current.map((c) => credentialCertificate(c, idNumber)),
        };
        return { payload, serial: issuedAt };
      },
    );
  }

  /** The permit's code (动火作业许可码): an approved permit, bound to its workers' and machines' current codes. */
  async issuePermit(permitId: string, by: string): Promise<IssuedCodeRow> {
    const permit = await this.storage.permits.get(permitId);
    if (permit.state !== 'approved') {
      throw invalidState(`permit ${permitId} is ${permit.state}: only an approved permit gets a code`, {
        permitId,
        state: permit.state,
      });
    }
    const existing = await this.store.ofSubject(this.db, 'permit', permitId);
    const first = existing[0];
    if (first !== undefined) {
      if (first.state === 'current') return first;
      throw invalidState(`the code of permit ${permitId} was revoked`, { permitId, codeId: first.id });
    }
    const payload = await this.permitPayload(this.db, permit);
    return this.issue({ kind: 'permit', id: permitId, codeNo: permit.codeNo }, by, async () => ({
      payload,
      serial: 0,
    }));
  }

  /** What a permit code says: the permit as approved, bound to the current codes of its people and machines. */
  private async permitPayload(ex: SqlExecutor, permit: Permit): Promise<HotWorkPermit> {
    const credentialHashes = await this.currentHashes(ex, 'credential', permit.workerIds, 'workerIds');
    const plateHashes = await this.currentHashes(ex, 'plate', permit.machineIds, 'machineIds');
    const startS = Math.floor(Date.parse(permit.startsAt) / 1000);
    return {
      kind: 'permit',
      permitId: permit.codeNo,
      siteId: await codeNumberOf(ex, 'sites', permit.siteId),
      zone: permitZoneOf(permit.zone),
      start: startS,
      durationMinutes: Math.ceil((Date.parse(permit.endsAt) / 1000 - startS) / 60),
      level: permit.level,
      workKind: permit.workKind,
      fireWatcherId: await codeNumberOf(ex, 'workers', permit.fireWatcherId),
      credentialHashes,
      plateHashes,
    };
  }

  /**
   * WC-SRV-083: a re-issued plate or credential re-issues, in its transaction, the code of every
   * approved permit not yet ended that has a current code and covers the machine or worker, so
   * the permit binds the new code. The earlier permit code is superseded without a revocation
   * entry: it binds only codes that no longer verify, and the platform refuses it as superseded.
   */
  private async reissueBoundPermits(
    tx: SqlExecutor,
    kind: 'plate' | 'credential',
    subjectId: string,
    by: string,
    cause: string,
  ): Promise<void> {
    const [link, column] =
      kind === 'plate' ? ['permit_machines', 'machine_id'] : ['permit_workers', 'worker_id'];
    const rows = await tx.query<{ id: string }>(
      `SELECT DISTINCT permits.id AS id FROM permits
        JOIN ${link} AS link ON link.permit_id = permits.id
        JOIN issued_codes AS code ON code.kind = 'permit' AND code.subject_id = permits.id AND code.state = 'current'
        WHERE link.${column} = ? AND permits.state = 'approved' AND permits.ends_at > ?
        ORDER BY permits.id`,
      [subjectId, this.clock()],
    );
    for (const { id } of rows) {
      const permit = await this.storage.permits.get(String(id), tx);
      let payload: HotWorkPermit;
      try {
        payload = await this.permitPayload(tx, permit);
      } catch (error) {
        // No worker holds a current credential: the permit is re-issued with the next one.
        if (error instanceof ServerError && error.code === 'ERR_SRV_INVALID_STATE') continue;
        throw error;
      }
      await this.issueIn(
        tx,
        { kind: 'permit', id: permit.id, codeNo: permit.codeNo },
        by,
        async (_tx, previous) => ({
          payload,
          serial: previous + 1,
          details: { reissuedFor: cause },
        }),
      );
    }
  }

  /** Withdraws a code: its subject's codes of that kind are listed as revoked from the next list on. */
  async revoke(codeId: string, by: string, reason: string): Promise<IssuedCodeRow> {
    return this.db.transaction(async (tx) => {
      const code = await this.store.get(tx, codeId);
      if (code === undefined)
        throw new ServerError('ERR_SRV_NOT_FOUND', `no code ${codeId}`, { details: { codeId } });
      if (code.state === 'revoked') throw invalidState(`code ${codeId} is already revoked`, { codeId });
      return this.revokeIn(tx, code, by, reason);
    });
  }

  /**
   * Applies a permit decision (审批). Revoking an approved permit also revokes its current code in
   * the same transaction, so the next revocation list (full and delta) names it (WC-SRV-089).
   */
  async decidePermit(permitId: string, decision: PermitDecision): Promise<Permit> {
    return this.db.transaction(async (tx) => {
      const permit = await this.storage.permits.decideIn(tx, permitId, decision);
      const code =
        decision.decision === 'revoke' ? await this.store.current(tx, 'permit', permitId) : undefined;
      if (code !== undefined) {
        const why = decision.note === undefined ? 'permit revoked' : `permit revoked: ${decision.note}`;
        await this.revokeIn(tx, code, decision.by, why.slice(0, 500));
      }
      return permit;
    });
  }

  /** Every path that withdraws a code ends here: state, revocation entry, new list, audit entry. */
  private async revokeIn(
    tx: SqlExecutor,
    code: IssuedCodeRow,
    by: string,
    reason: string,
  ): Promise<IssuedCodeRow> {
    const at = this.clock();
    await this.store.setRevoked(tx, code.id, at, reason);
    // A superseded code is already listed by its newer code's `before` entry.
    if (code.state === 'current') {
      await this.store.putRevocation(tx, { kind: code.kind, id: code.codeNo }, at);
      await this.lists.publishRevocations(tx);
    }
    await AuditLog.append(
      tx,
      {
        actor: by,
        action: 'code.revoke',
        subjectType: SUBJECT_TYPES[code.kind],
        subjectId: code.subjectId,
        outcome: 'accepted',
        reasons: [],
        details: { codeId: code.id, kind: code.kind, serial: code.serial, reason },
      },
      at,
    );
    return (await this.store.get(tx, code.id)) as IssuedCodeRow;
  }

  /** A code by its id; `ERR_SRV_NOT_FOUND` if there is none. */
  async get(codeId: string): Promise<IssuedCodeRow> {
    const code = await this.store.get(this.db, codeId);
    if (code === undefined)
      throw new ServerError('ERR_SRV_NOT_FOUND', `no code ${codeId}`, { details: { codeId } });
    return code;
  }

  private async issue(subject: CodeSubject, by: string, build: CodeBuilder): Promise<IssuedCodeRow> {
    return this.db.transaction(async (tx) => {
      const code = await this.issueIn(tx, subject, by, build);
      if (subject.kind === 'plate' || subject.kind === 'credential') {
        await this.reissueBoundPermits(tx, subject.kind, subject.id, by, code.id);
      }
      return code;
    });
  }

  private async issueIn(
    tx: SqlExecutor,
    { kind, id: subjectId, codeNo }: CodeSubject,
    by: string,
    build: CodeBuilder,
  ): Promise<IssuedCodeRow> {
    const previous = await this.store.maxSerial(tx, kind, subjectId);
    const hadCode = (await this.store.ofSubject(tx, kind, subjectId)).length > 0;
    const { payload, serial, after, details } = await build(tx, previous);
    const signed = issueCode(payload, this.keys.issuer.secretKey);
    const at = this.clock();
    const code: IssuedCodeRow = {
      id: newId('cod', at),
      kind,
      subjectId,
      codeNo,
      serial,
      text: signed.text,
      cose: signed.bytes,
      bindingHash: hex(signed.bindingHash),
      state: 'current',
      issuedAt: at,
      revokedAt: null,
      revokeReason: null,
    };
    await this.store.supersede(tx, kind, subjectId);
    await this.store.insertCode(tx, code);
    const entry = await this.store.revocationEntry(tx, kind, codeNo);
    // A permit code's revocation serial is its start, which a re-issue keeps: no `before` entry.
    if (kind !== 'permit' && (hadCode || entry !== undefined)) {
      // WC-QR-031: older codes of the subject stop verifying; a revoke-all entry becomes `before`.
      await this.store.putRevocation(tx, { kind, id: codeNo, before: serial }, at);
      await this.lists.publishRevocations(tx);
    }
    await after?.(code);
    await AuditLog.append(
      tx,
      {
        actor: by,
        action: 'code.issue',
        subjectType: SUBJECT_TYPES[kind],
        subjectId,
        outcome: 'accepted',
        reasons: [],
        details: {
          codeId: code.id,
          kind,
          serial,
          bindingHash: code.bindingHash,
          supersedes: hadCode,
          ...details,
        },
      },
      at,
    );
    return code;
  }

  private async linkPlate(tx: SqlExecutor, machineId: string, codeId: string): Promise<void> {
    await tx.execute('UPDATE machines SET plate_id = ? WHERE id = ?', [codeId, machineId]);
    await tx.execute('UPDATE retrofits SET plate_id = ? WHERE machine_id = ? AND plate_id IS NULL', [
      codeId,
      machineId,
    ]);
  }

  private async districtOf(machineId: string): Promise<number> {
    const rows = await this.db.query<{ code: string | null }>(
      `SELECT district.code AS code FROM machines
        JOIN sites ON sites.id = machines.site_id
        JOIN areas AS town ON town.id = sites.town_id
        JOIN areas AS district ON district.id = town.parent_id
        WHERE machines.id = ?`,
      [machineId],
    );
    const code = rows[0]?.code;
    if (code === undefined || code === null || !/^[1-9]\d{5}$/.test(code)) {
      throw invalidState(
        `machine ${machineId} needs a site in a district with a GB/T 2260 code (6 digits) to get a plate`,
        { machineId, districtCode: code ?? null },
      );
    }
    return Number(code);
  }

  /**
   * The binding hashes of the subjects' current codes. A worker without a credential (no
   * certificate) cannot be bound and will be refused at the machine; at least one worker must be.
   */
  private async currentHashes(
    ex: SqlExecutor,
    kind: RevocableKind,
    subjectIds: string[],
    field: string,
  ): Promise<Uint8Array[]> {
    const hashes: Uint8Array[] = [];
    for (const subjectId of subjectIds) {
      const code = await this.store.current(ex, kind, subjectId);
      if (code !== undefined) hashes.push(Buffer.from(code.bindingHash, 'hex'));
    }
    if (kind === 'credential' && hashes.length === 0) {
      throw invalidState(
        'no worker of the permit has a current credential: issue one before the permit code',
        {
          field,
        },
      );
    }
    return hashes;
  }

  private verifyCertificates(certificates: Certificate[], idNumber: string): Verdict[] {
    const idSalt = randomBytes(16).toString('hex');
    const credential = {
      workerId: 'issuing',
      idHash: credentialIdHash(idNumber, idSalt),
      idSalt,
      certificates: certificates.map(certificateRecord),
    };
    return WORK_KINDS.map((workKind) =>
      verifyWorker({ workKind, credential, presented: { idNumber }, at: this.clock() }),
    );
  }
}

function certificateRecord(certificate: Certificate): CertificateRecord {
  return {
    type: certificate.type,
    number: certificate.number,
    authority: certificate.issuer,
    validFrom: certificate.issuedOn,
    validTo: certificate.expiresOn,
    ...(certificate.reviewDueOn === null ? {} : { nextReviewDate: certificate.reviewDueOn }),
  };
}

function credentialCertificate(certificate: Certificate, idNumber: string): CredentialCertificate {
  const embedsId =
    ID_NUMBER_IN_TEXT.test(certificate.number) &&
    certificate.number.toUpperCase().includes(idNumber.toUpperCase());
  return {
    type: certificate.type,
    // WC-QR-043: a number that embeds the holder's ID number is written as the empty text.
    number: embedsId ? '' : certificate.number.slice(0, 32),
    authority: /^\d{6}$/.test(certificate.issuer) ? Number(certificate.issuer) : 0,
    validFrom: certificate.issuedOn,
    validTo: certificate.expiresOn,
    ...(certificate.reviewDueOn === null ? {} : { nextReview: certificate.reviewDueOn }),
  };
}

/** WC-QR-041's masked name, shortened to the 24 bytes a credential holds when the name is long. */
function maskedName(name: string): string {
  const masked = maskName(name);
  if (Buffer.byteLength(masked) <= 24) return masked;
  const chars = [...masked];
  return `${chars[0]}**${chars[chars.length - 1]}`;
}
