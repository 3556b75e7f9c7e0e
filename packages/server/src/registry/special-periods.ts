import { type Static, Type } from '@sinclair/typebox';
import { newId } from '../ids';
import { Instant, ListQuery, Nullable, PageOf, RecordId, Text } from '../schemas/common';
import { ServerError } from '../server-error';
import { RecordRepository } from '../storage/record-repository';
import type { SqlDatabase, SqlRow } from '../storage/sql-database';
import { insertRow, isoInstant, requireReference, textOrNull } from '../storage/table';

export const SpecialPeriodInputSchema = Type.Object(
  {
    areaId: RecordId,
    name: Text(200, 'e.g. 国庆假期, 进博会'),
    startsAt: Instant,
    endsAt: Instant,
    note: Type.Optional(Text(1000)),
  },
  { $id: 'SpecialPeriodInput', additionalProperties: false },
);

export const SpecialPeriodSchema = Type.Object(
  {
    id: RecordId,
    areaId: RecordId,
    name: Type.String(),
    startsAt: Instant,
    endsAt: Instant,
    note: Nullable(Type.String()),
    createdAt: Instant,
  },
  { $id: 'SpecialPeriod' },
);

export const SpecialPeriodPageSchema = Type.Object(PageOf(Type.Ref(SpecialPeriodSchema)).properties, {
  $id: 'SpecialPeriodPage',
});

export const SpecialPeriodListQuery = ListQuery({ areaId: Type.Optional(RecordId) });

export type SpecialPeriodInput = Static<typeof SpecialPeriodInputSchema>;
export type SpecialPeriod = Static<typeof SpecialPeriodSchema>;
export type SpecialPeriodListFilter = Static<typeof SpecialPeriodListQuery>;

function fromRow(row: SqlRow): SpecialPeriod {
  return {
    id: String(row.id),
    areaId: String(row.area_id),
    name: String(row.name),
    startsAt: isoInstant(row.starts_at),
    endsAt: isoInstant(row.ends_at),
    note: textOrNull(row.note),
    createdAt: isoInstant(row.created_at),
  };
}

/** 特殊时期: holidays and major events during which hot work in an area is restricted. */
export class SpecialPeriodRepository extends RecordRepository<SpecialPeriod, SpecialPeriodListFilter> {
  constructor(db: SqlDatabase) {
    super(db, {
      table: 'special_periods',
      noun: 'special period',
      fromRow,
      filters: (filter) => ({ area_id: filter.areaId }),
    });
  }

  create(input: SpecialPeriodInput): Promise<SpecialPeriod> {
    const startsAt = Date.parse(input.startsAt);
    const endsAt = Date.parse(input.endsAt);
    if (!(endsAt > startsAt)) {
      throw new ServerError('ERR_SRV_REGISTRY_INVARIANT', 'endsAt must be after startsAt', {
        details: { startsAt: input.startsAt, endsAt: input.endsAt },
      });
    }
    return this.db.transaction(async (tx) => {
      await requireReference(tx, 'areas', input.areaId, 'areaId');
      const period: SpecialPeriod = {
        id: newId('spp'),
        areaId: input.areaId,
        name: input.name,
        startsAt: new Date(startsAt).toISOString(),
        endsAt: new Date(endsAt).toISOString(),
        note: input.note ?? null,
        createdAt: new Date().toISOString(),
      };
      await insertRow(
        tx,
        'special_periods',
        {
          id: period.id,
          area_id: period.areaId,
          name: period.name,
          starts_at: startsAt,
          ends_at: endsAt,
          note: period.note,
          created_at: Date.parse(period.createdAt),
        },
        'special period',
      );
      return period;
    });
  }
}
