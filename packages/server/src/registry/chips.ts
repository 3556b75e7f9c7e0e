import { type Static, Type } from '@sinclair/typebox';
import { IgnoredActor } from '../access/acting-user';
import { newId } from '../ids';
import { Instant, ListQuery, Nullable, PageOf, RecordId, StringEnum } from '../schemas/common';
import { ServerError } from '../server-error';
import { CodeNumber, nextCodeNumber } from '../storage/code-numbers';
import { RecordRepository } from '../storage/record-repository';
import type { SqlDatabase, SqlRow } from '../storage/sql-database';
import { insertRow, isoInstant, requireReference, textOrNull } from '../storage/table';
import { AuditLog } from './audit-log';

export const CHIP_STATUSES = ['provisioned', 'active', 'suspended', 'revoked'] as const;

/** The chip id of the wire protocol (spec/protocol.md, WC-PROTO-014): it names the chip's MQTT topics. */
const ChipId = Type.String({
  minLength: 1,
  maxLength: 32,
  pattern: '^[A-Za-z0-9_-]+$',
  description: 'the chip id burnt in at manufacture: 1-32 of A-Z a-z 0-9 _ - (it names the MQTT topics)',
});

/** An Ed25519 public key: 32 bytes, base64url without padding (43 characters). */
const PublicKey = Type.String({
  pattern: '^[A-Za-z0-9_-]{42}[AEIMQUYcgkosw048]$',
  description: 'Ed25519 public key, 32 bytes as base64url without padding',
});

export const ChipInputSchema = Type.Object(
  { id: ChipId, publicKey: PublicKey },
  { $id: 'ChipInput', additionalProperties: false },
);

export const ChipSchema = Type.Object(
  {
    id: ChipId,
    codeNo: CodeNumber,
    publicKey: PublicKey,
    status: StringEnum(CHIP_STATUSES, 'provisioned (not yet bound), active (bound), suspended or revoked'),
    machineId: Nullable(RecordId),
    createdAt: Instant,
  },
  { $id: 'Chip' },
);

export const ChipPageSchema = Type.Object(PageOf(Type.Ref(ChipSchema)).properties, { $id: 'ChipPage' });

export const ChipListQuery = ListQuery({
  status: Type.Optional(StringEnum(CHIP_STATUSES)),
  machineId: Type.Optional(RecordId),
});

export const RetrofitInputSchema = Type.Object(
  { chipId: ChipId, machineId: RecordId, installer: IgnoredActor('who fitted the chip') },
  { $id: 'RetrofitInput', additionalProperties: false },
);

export const RetrofitSchema = Type.Object(
  {
    id: RecordId,
    chipId: ChipId,
    machineId: RecordId,
    installer: Type.String(),
    plateId: Nullable(Type.String({ description: 'the plate issued at this retrofit (once codes exist)' })),
    performedAt: Instant,
  },
  { $id: 'Retrofit' },
);

export type ChipInput = Static<typeof ChipInputSchema>;
export type Chip = Static<typeof ChipSchema>;
export type ChipListFilter = Static<typeof ChipListQuery>;
/** What a retrofit records; `installer` is the signed-in user over HTTP (WC-SUP-040). */
export type RetrofitInput = Static<typeof RetrofitInputSchema> & { installer: string };
export type Retrofit = Static<typeof RetrofitSchema>;

function fromRow(row: SqlRow): Chip {
  return {
    id: String(row.id),
    codeNo: Number(row.code_no),
    publicKey: Buffer.from(row.public_key as Uint8Array).toString('base64url'),
    status: row.status as Chip['status'],
    machineId: textOrNull(row.machine_id),
    createdAt: isoInstant(row.created_at),
  };
}

/** Chips (物联感知芯片) and the retrofit (加芯) that binds one to a machine. */
export class ChipRepository extends RecordRepository<Chip, ChipListFilter> {
  constructor(db: SqlDatabase) {
    super(db, {
      table: 'chips',
      noun: 'chip',
      fromRow,
      filters: (filter) => ({ status: filter.status, machine_id: filter.machineId }),
    });
  }

  /** Registers a chip with its public key; both the id and the key must be new. */
  create(input: ChipInput): Promise<Chip> {
    const key = Buffer.from(input.publicKey, 'base64url');
    return this.db.transaction(async (tx) => {
      const chip: Chip = {
        id: input.id,
        codeNo: await nextCodeNumber(tx, 'chips'),
        publicKey: key.toString('base64url'),
        status: 'provisioned',
        machineId: null,
        createdAt: new Date().toISOString(),
      };
      await insertRow(
        tx,
        'chips',
        {
          id: chip.id,
          code_no: chip.codeNo,
          public_key: key,
          status: chip.status,
          machine_id: null,
          created_at: Date.parse(chip.createdAt),
        },
        'chip (id and public key must be unique: a repeated key means a cloned chip)',
      );
      return chip;
    });
  }

  /**
   * The retrofit step: binds a provisioned chip to a registered machine that has no chip, in one
   * transaction with its audit entry. A chip serves one machine for life; a machine has at most
   * one chip.
   */
  retrofit(input: RetrofitInput): Promise<Retrofit> {
    return this.db.transaction(async (tx) => {
      const chip = await requireReference(tx, 'chips', input.chipId, 'chipId');
      const machine = await requireReference(tx, 'machines', input.machineId, 'machineId');
      if (chip.status !== 'provisioned' || chip.machine_id !== null) {
        throw new ServerError(
          'ERR_SRV_INVALID_STATE',
          `chip ${input.chipId} is ${String(chip.status)}, not provisioned`,
          {
            details: { chipId: input.chipId, status: chip.status, machineId: chip.machine_id },
          },
        );
      }
      if (machine.status !== 'registered') {
        throw new ServerError(
          'ERR_SRV_INVALID_STATE',
          `machine ${input.machineId} is ${String(machine.status)}, not registered`,
          { details: { machineId: input.machineId, status: machine.status } },
        );
      }
      const retrofit: Retrofit = {
        id: newId('rtf'),
        chipId: input.chipId,
        machineId: input.machineId,
        installer: input.installer,
        plateId: null,
        performedAt: new Date().toISOString(),
      };
      const at = Date.parse(retrofit.performedAt);
      await tx.execute("UPDATE chips SET status = 'active', machine_id = ? WHERE id = ?", [
        input.machineId,
        input.chipId,
      ]);
      await tx.execute("UPDATE machines SET status = 'retrofitted' WHERE id = ?", [input.machineId]);
      await insertRow(
        tx,
        'retrofits',
        {
          id: retrofit.id,
          chip_id: retrofit.chipId,
          machine_id: retrofit.machineId,
          installer: retrofit.installer,
          plate_id: null,
          performed_at: at,
        },
        'retrofit',
      );
      await AuditLog.append(
        tx,
        {
          actor: input.installer,
          action: 'retrofit',
          subjectType: 'machine',
          subjectId: input.machineId,
          outcome: 'accepted',
          reasons: [],
          details: { chipId: input.chipId, retrofitId: retrofit.id },
        },
        at,
      );
      return retrofit;
    });
  }
}
