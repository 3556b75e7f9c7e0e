import { type Static, Type } from '@sinclair/typebox';
import { newId } from '../ids';
import { Instant, ListQuery, Nullable, PageOf, RecordId, StringEnum, Text } from '../schemas/common';
import { ServerError } from '../server-error';
import { RecordRepository } from '../storage/record-repository';
import type { SqlDatabase, SqlExecutor, SqlRow } from '../storage/sql-database';
import { insertRow, isoInstant, requireReference, textOrNull } from '../storage/table';

/** The administrative tiers: 市 → 区 → 街镇. */
export const AREA_LEVELS = ['city', 'district', 'town'] as const;
export type AreaLevel = (typeof AREA_LEVELS)[number];

const PARENT_LEVEL: Record<AreaLevel, AreaLevel | null> = { city: null, district: 'city', town: 'district' };

export const AreaInputSchema = Type.Object(
  {
    level: StringEnum(AREA_LEVELS, 'city, district or town (街镇)'),
    parentId: Type.Optional(RecordId),
    name: Text(100),
    code: Type.Optional(
      Type.String({ pattern: '^[0-9]{6,12}$', description: 'administrative division code' }),
    ),
  },
  { $id: 'AreaInput', additionalProperties: false },
);

export const AreaSchema = Type.Object(
  {
    id: RecordId,
    level: StringEnum(AREA_LEVELS),
    parentId: Nullable(RecordId),
    name: Type.String(),
    code: Nullable(Type.String()),
    createdAt: Instant,
  },
  { $id: 'Area' },
);

export const AreaPageSchema = Type.Object(PageOf(Type.Ref(AreaSchema)).properties, { $id: 'AreaPage' });

export const AreaListQuery = ListQuery({
  level: Type.Optional(StringEnum(AREA_LEVELS)),
  parentId: Type.Optional(RecordId),
});

export type AreaInput = Static<typeof AreaInputSchema>;
export type Area = Static<typeof AreaSchema>;
export type AreaListFilter = Static<typeof AreaListQuery>;

function fromRow(row: SqlRow): Area {
  return {
    id: String(row.id),
    level: row.level as AreaLevel,
    parentId: textOrNull(row.parent_id),
    name: String(row.name),
    code: textOrNull(row.code),
    createdAt: isoInstant(row.created_at),
  };
}

/** City, districts and towns. A district's parent is a city, a town's a district; a city has none. */
export class AreaRepository extends RecordRepository<Area, AreaListFilter> {
  constructor(db: SqlDatabase) {
    super(db, {
      table: 'areas',
      noun: 'area',
      fromRow,
      filters: (filter) => ({ level: filter.level, parent_id: filter.parentId }),
    });
  }

  create(input: AreaInput): Promise<Area> {
    return this.db.transaction(async (tx) => {
      const parentLevel = PARENT_LEVEL[input.level];
      if (parentLevel === null && input.parentId !== undefined) {
        throw new ServerError('ERR_SRV_REGISTRY_INVARIANT', 'a city has no parent area');
      }
      if (parentLevel !== null) {
        if (input.parentId === undefined) {
          throw new ServerError(
            'ERR_SRV_REGISTRY_INVARIANT',
            `a ${input.level} needs a parent ${parentLevel}`,
          );
        }
        const parent = await requireReference(tx, 'areas', input.parentId, 'parentId');
        if (parent.level !== parentLevel) {
          throw new ServerError(
            'ERR_SRV_REGISTRY_INVARIANT',
            `the parent of a ${input.level} must be a ${parentLevel}, not a ${String(parent.level)}`,
            { details: { parentId: input.parentId, parentLevel: parent.level } },
          );
        }
      }
      const area: Area = {
        id: newId('area'),
        level: input.level,
        parentId: input.parentId ?? null,
        name: input.name,
        code: input.code ?? null,
        createdAt: new Date().toISOString(),
      };
      await insertRow(
        tx,
        'areas',
        {
          id: area.id,
          level: area.level,
          parent_id: area.parentId,
          name: area.name,
          code: area.code,
          created_at: Date.parse(area.createdAt),
        },
        'area',
      );
      return area;
    });
  }
}

/** Fails unless `id` names a town (街镇): owners and sites belong to towns. */
export async function requireTown(db: SqlExecutor, id: string, field: string): Promise<SqlRow> {
  const row = await requireReference(db, 'areas', id, field);
  if (row.level !== 'town') {
    throw new ServerError(
      'ERR_SRV_REGISTRY_INVARIANT',
      `${field} must name a town (街镇), not a ${String(row.level)}`,
      {
        details: { field, id, level: row.level },
      },
    );
  }
  return row;
}
