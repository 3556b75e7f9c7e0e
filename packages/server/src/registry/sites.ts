import { type Static, Type } from '@sinclair/typebox';
import { newId } from '../ids';
import {
  Instant,
  ListQuery,
  Nullable,
  PageOf,
  Position,
  RecordId,
  StringEnum,
  Text,
} from '../schemas/common';
import { CodeNumber, nextCodeNumber } from '../storage/code-numbers';
import { RecordRepository } from '../storage/record-repository';
import type { SqlDatabase, SqlRow } from '../storage/sql-database';
import { insertRow, isoInstant, requireReference, textOrNull } from '../storage/table';
import { type Datum, SECTORS, type SectorId } from '../vocabulary';
import { requireTown } from './areas';

const SECTOR_IDS = SECTORS.map((sector) => sector.id) as unknown as readonly SectorId[];

export const Sector = StringEnum(
  SECTOR_IDS,
  `site sector: ${SECTORS.map((s) => `${s.id} ${s.label}`).join(', ')}`,
);

export const SiteInputSchema = Type.Object(
  {
    ownerId: RecordId,
    townId: RecordId,
    name: Text(200),
    sector: Sector,
    address: Type.Optional(Text(300)),
    location: Type.Optional(Position),
  },
  { $id: 'SiteInput', additionalProperties: false },
);

export const SiteSchema = Type.Object(
  {
    id: RecordId,
    codeNo: CodeNumber,
    ownerId: RecordId,
    townId: RecordId,
    name: Type.String(),
    sector: Sector,
    address: Nullable(Type.String()),
    location: Nullable(Position),
    createdAt: Instant,
  },
  { $id: 'Site' },
);

export const SitePageSchema = Type.Object(PageOf(Type.Ref(SiteSchema)).properties, { $id: 'SitePage' });

export const SiteListQuery = ListQuery({
  ownerId: Type.Optional(RecordId),
  townId: Type.Optional(RecordId),
  sector: Type.Optional(Sector),
  codeNo: Type.Optional(CodeNumber),
});

export type SiteInput = Static<typeof SiteInputSchema>;
export type Site = Static<typeof SiteSchema>;
export type SiteListFilter = Static<typeof SiteListQuery>;

function fromRow(row: SqlRow): Site {
  return {
    id: String(row.id),
    codeNo: Number(row.code_no),
    ownerId: String(row.owner_id),
    townId: String(row.town_id),
    name: String(row.name),
    sector: row.sector as SectorId,
    address: textOrNull(row.address),
    location:
      row.longitude === null || row.longitude === undefined
        ? null
        : {
            longitude: Number(row.longitude),
            latitude: Number(row.latitude),
            datum: row.datum as Datum,
          },
    createdAt: isoInstant(row.created_at),
  };
}

/** Welding sites (电气焊作业场所): an owner's premises or a job site, in one town, of one sector. */
export class SiteRepository extends RecordRepository<Site, SiteListFilter> {
  constructor(db: SqlDatabase) {
    super(db, {
      table: 'sites',
      noun: 'site',
      fromRow,
      filters: (filter) => ({
        owner_id: filter.ownerId,
        town_id: filter.townId,
        sector: filter.sector,
        code_no: filter.codeNo,
      }),
    });
  }

  create(input: SiteInput): Promise<Site> {
    return this.db.transaction(async (tx) => {
      await requireReference(tx, 'owners', input.ownerId, 'ownerId');
      await requireTown(tx, input.townId, 'townId');
      const site: Site = {
        id: newId('site'),
        codeNo: await nextCodeNumber(tx, 'sites'),
        ownerId: input.ownerId,
        townId: input.townId,
        name: input.name,
        sector: input.sector,
        address: input.address ?? null,
        location: input.location ?? null,
        createdAt: new Date().toISOString(),
      };
      await insertRow(
        tx,
        'sites',
        {
          id: site.id,
          code_no: site.codeNo,
          owner_id: site.ownerId,
          town_id: site.townId,
          name: site.name,
          sector: site.sector,
          address: site.address,
          longitude: site.location?.longitude ?? null,
          latitude: site.location?.latitude ?? null,
          datum: site.location?.datum ?? null,
          created_at: Date.parse(site.createdAt),
        },
        'site',
      );
      return site;
    });
  }
}
