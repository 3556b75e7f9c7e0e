import { type Static, Type } from '@sinclair/typebox';
import { newId } from '../ids';
import { Instant, ListQuery, PageOf, RecordId, Text } from '../schemas/common';
import { ServerError } from '../server-error';
import { RecordRepository } from '../storage/record-repository';
import type { SqlDatabase, SqlRow } from '../storage/sql-database';
import { insertRow, isoInstant, requireReference } from '../storage/table';
import { SECTORS } from '../vocabulary';

const ClockTime = Type.String({
  pattern: '^([01][0-9]|2[0-3]):[0-5][0-9]$',
  description: 'HH:MM, Asia/Shanghai',
});

/** One weekly opening rule; `closes` before `opens` means the place closes after midnight. */
export const OpeningHoursSchema = Type.Object(
  {
    days: Type.Array(Type.Integer({ minimum: 1, maximum: 7 }), {
      minItems: 1,
      maxItems: 7,
      uniqueItems: true,
      description: 'ISO weekdays, 1 = Monday',
    }),
    opens: ClockTime,
    closes: ClockTime,
  },
  { additionalProperties: false },
);

export const CrowdedPlaceInputSchema = Type.Object(
  {
    siteId: RecordId,
    name: Text(200),
    openingHours: Type.Array(OpeningHoursSchema, { minItems: 1, maxItems: 20 }),
  },
  { $id: 'CrowdedPlaceInput', additionalProperties: false },
);

export const CrowdedPlaceSchema = Type.Object(
  {
    id: RecordId,
    siteId: RecordId,
    name: Type.String(),
    openingHours: Type.Array(OpeningHoursSchema),
    createdAt: Instant,
  },
  { $id: 'CrowdedPlace' },
);

export const CrowdedPlacePageSchema = Type.Object(PageOf(Type.Ref(CrowdedPlaceSchema)).properties, {
  $id: 'CrowdedPlacePage',
});

export const CrowdedPlaceListQuery = ListQuery({ siteId: Type.Optional(RecordId) });

export type CrowdedPlaceInput = Static<typeof CrowdedPlaceInputSchema>;
export type CrowdedPlace = Static<typeof CrowdedPlaceSchema>;
export type CrowdedPlaceListFilter = Static<typeof CrowdedPlaceListQuery>;

const CROWDED_SECTORS: ReadonlySet<string> = new Set(SECTORS.filter((s) => s.crowded).map((s) => s.id));

function fromRow(row: SqlRow): CrowdedPlace {
  return {
    id: String(row.id),
    siteId: String(row.site_id),
    name: String(row.name),
    openingHours: JSON.parse(String(row.opening_hours)) as CrowdedPlace['openingHours'],
    createdAt: isoInstant(row.created_at),
  };
}

/** 人员密集场所 with their opening hours, during which hot work there raises an alert. */
export class CrowdedPlaceRepository extends RecordRepository<CrowdedPlace, CrowdedPlaceListFilter> {
  constructor(db: SqlDatabase) {
    super(db, {
      table: 'crowded_places',
      noun: 'crowded place',
      fromRow,
      filters: (filter) => ({ site_id: filter.siteId }),
    });
  }

  create(input: CrowdedPlaceInput): Promise<CrowdedPlace> {
    return this.db.transaction(async (tx) => {
      const site = await requireReference(tx, 'sites', input.siteId, 'siteId');
      if (!CROWDED_SECTORS.has(String(site.sector))) {
        throw new ServerError(
          'ERR_SRV_REGISTRY_INVARIANT',
          `site ${input.siteId} is in sector ${String(site.sector)}, which is not a crowded-place sector`,
          { details: { siteId: input.siteId, sector: site.sector } },
        );
      }
      const place: CrowdedPlace = {
        id: newId('cpl'),
        siteId: input.siteId,
        name: input.name,
        openingHours: input.openingHours,
        createdAt: new Date().toISOString(),
      };
      await insertRow(
        tx,
        'crowded_places',
        {
          id: place.id,
          site_id: place.siteId,
          name: place.name,
          opening_hours: JSON.stringify(place.openingHours),
          created_at: Date.parse(place.createdAt),
        },
        'crowded place',
      );
      return place;
    });
  }
}
