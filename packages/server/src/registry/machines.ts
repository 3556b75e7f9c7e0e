import { type Static, Type } from '@sinclair/typebox';
import { newId } from '../ids';
import { Instant, ListQuery, Nullable, PageOf, RecordId, StringEnum, Text } from '../schemas/common';
import { CodeNumber, nextCodeNumber } from '../storage/code-numbers';
import { RecordRepository } from '../storage/record-repository';
import type { SqlDatabase, SqlRow } from '../storage/sql-database';
import { insertRow, isoInstant, requireReference, textOrNull } from '../storage/table';
import { MACHINE_KINDS, type MachineKind } from '../vocabulary';

const KIND_IDS = MACHINE_KINDS.map((kind) => kind.id) as unknown as readonly MachineKind[];

export const MACHINE_STATUSES = ['registered', 'retrofitted', 'decommissioned'] as const;

export const MachineKindSchema = StringEnum(
  KIND_IDS,
  `machine kind: ${MACHINE_KINDS.map((k) => `${k.id} ${k.label}`).join(', ')}`,
);

export const MachineInputSchema = Type.Object(
  {
    ownerId: RecordId,
    siteId: Type.Optional(RecordId),
    brand: Text(100),
    model: Text(100),
    serial: Text(100),
    kind: MachineKindSchema,
  },
  { $id: 'MachineInput', additionalProperties: false },
);

export const MachineSchema = Type.Object(
  {
    id: RecordId,
    codeNo: CodeNumber,
    ownerId: RecordId,
    siteId: Nullable(RecordId),
    brand: Type.String(),
    model: Type.String(),
    serial: Type.String(),
    kind: MachineKindSchema,
    status: StringEnum(MACHINE_STATUSES, 'registered (底数), retrofitted (加芯) or decommissioned'),
    chipId: Nullable(Type.String({ description: 'the bound chip, once retrofitted' })),
    plateId: Nullable(Type.String({ description: 'the signed plate (赋码), once issued' })),
    createdAt: Instant,
  },
  { $id: 'Machine' },
);

export const MachinePageSchema = Type.Object(PageOf(Type.Ref(MachineSchema)).properties, {
  $id: 'MachinePage',
});

export const MachineListQuery = ListQuery({
  ownerId: Type.Optional(RecordId),
  siteId: Type.Optional(RecordId),
  kind: Type.Optional(MachineKindSchema),
  status: Type.Optional(StringEnum(MACHINE_STATUSES)),
});

export type MachineInput = Static<typeof MachineInputSchema>;
export type Machine = Static<typeof MachineSchema>;
export type MachineListFilter = Static<typeof MachineListQuery>;

function fromRow(row: SqlRow): Machine {
  return {
    id: String(row.id),
    codeNo: Number(row.code_no),
    ownerId: String(row.owner_id),
    siteId: textOrNull(row.site_id),
    brand: String(row.brand),
    model: String(row.model),
    serial: String(row.serial),
    kind: row.kind as MachineKind,
    status: row.status as Machine['status'],
    chipId: textOrNull(row.chip_id),
    plateId: textOrNull(row.plate_id),
    createdAt: isoInstant(row.created_at),
  };
}

/** Welding machines: the inventory (底数) the retrofit progress is measured against. */
export class MachineRepository extends RecordRepository<Machine, MachineListFilter> {
  constructor(db: SqlDatabase) {
    super(db, {
      table: 'machine_view',
      noun: 'machine',
      fromRow,
      filters: (filter) => ({
        owner_id: filter.ownerId,
        site_id: filter.siteId,
        kind: filter.kind,
        status: filter.status,
      }),
    });
  }

  create(input: MachineInput): Promise<Machine> {
    return this.db.transaction(async (tx) => {
      await requireReference(tx, 'owners', input.ownerId, 'ownerId');
      if (input.siteId !== undefined) await requireReference(tx, 'sites', input.siteId, 'siteId');
      const machine: Machine = {
        id: newId('mch'),
        codeNo: await nextCodeNumber(tx, 'machines'),
        ownerId: input.ownerId,
        siteId: input.siteId ?? null,
        brand: input.brand,
        model: input.model,
        serial: input.serial,
        kind: input.kind,
        status: 'registered',
        chipId: null,
        plateId: null,
        createdAt: new Date().toISOString(),
      };
      await insertRow(
        tx,
        'machines',
        {
          id: machine.id,
          code_no: machine.codeNo,
          owner_id: machine.ownerId,
          site_id: machine.siteId,
          brand: machine.brand,
          model: machine.model,
          serial: machine.serial,
          kind: machine.kind,
          status: machine.status,
          created_at: Date.parse(machine.createdAt),
        },
        'machine (brand and serial must be unique)',
      );
      return machine;
    });
  }
}
