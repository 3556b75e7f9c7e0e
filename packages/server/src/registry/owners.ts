import { type Static, Type } from '@sinclair/typebox';
import { newId } from '../ids';
import { Instant, ListQuery, Nullable, PageOf, RecordId, StringEnum, Text } from '../schemas/common';
import { ServerError } from '../server-error';
import type { IdentityNumbers } from '../storage/identity-numbers';
import { RecordRepository } from '../storage/record-repository';
import type { SqlDatabase, SqlRow } from '../storage/sql-database';
import { insertRow, isoInstant, textOrNull } from '../storage/table';
import { requireTown } from './areas';

export const OWNER_KINDS = ['enterprise', 'individual'] as const;

/** 18-character 统一社会信用代码 (GB 32100): its alphabet excludes I, O, Z, S and V. */
export const CreditCode = Type.String({
  pattern: '^[0-9A-HJ-NP-RTUWXY]{2}[0-9]{6}[0-9A-HJ-NP-RTUWXY]{10}$',
  description: '统一社会信用代码 (enterprises)',
});

/** 18-character 居民身份证号码: 17 digits and a check character (checked later by @weldcode/credentials). */
export const IdNumber = Type.String({
  pattern: '^[0-9]{17}[0-9Xx]$',
  description: '居民身份证号码; stored only as a salted hash and a masked form',
});

export const OwnerInputSchema = Type.Object(
  {
    kind: StringEnum(OWNER_KINDS, 'an enterprise (with a credit code) or an individual (with an ID number)'),
    name: Text(200),
    creditCode: Type.Optional(CreditCode),
    idNumber: Type.Optional(IdNumber),
    contactPhone: Type.Optional(Type.String({ pattern: '^[0-9+() -]{5,20}$' })),
    townId: RecordId,
  },
  { $id: 'OwnerInput', additionalProperties: false },
);

export const OwnerSchema = Type.Object(
  {
    id: RecordId,
    kind: StringEnum(OWNER_KINDS),
    name: Type.String(),
    creditCode: Nullable(Type.String()),
    idNumberMasked: Nullable(Type.String()),
    contactPhone: Nullable(Type.String()),
    townId: RecordId,
    createdAt: Instant,
  },
  { $id: 'Owner' },
);

export const OwnerPageSchema = Type.Object(PageOf(Type.Ref(OwnerSchema)).properties, { $id: 'OwnerPage' });

export const OwnerListQuery = ListQuery({
  kind: Type.Optional(StringEnum(OWNER_KINDS)),
  townId: Type.Optional(RecordId),
  creditCode: Type.Optional(CreditCode),
});

export type OwnerInput = Static<typeof OwnerInputSchema>;
export type Owner = Static<typeof OwnerSchema>;
export type OwnerListFilter = Static<typeof OwnerListQuery>;

function fromRow(row: SqlRow): Owner {
  return {
    id: String(row.id),
    kind: row.kind as Owner['kind'],
    name: String(row.name),
    creditCode: textOrNull(row.credit_code),
    idNumberMasked: textOrNull(row.id_number_masked),
    contactPhone: textOrNull(row.contact_phone),
    townId: String(row.town_id),
    createdAt: isoInstant(row.created_at),
  };
}

/** Enterprises and individual owners of machines (the policy's 涉焊企业 and private owners). */
export class OwnerRepository extends RecordRepository<Owner, OwnerListFilter> {
  constructor(
    db: SqlDatabase,
    private readonly identities: IdentityNumbers,
  ) {
    super(db, {
      table: 'owners',
      noun: 'owner',
      fromRow,
      filters: (filter) => ({ kind: filter.kind, town_id: filter.townId, credit_code: filter.creditCode }),
    });
  }

  create(input: OwnerInput): Promise<Owner> {
    const enterprise = input.kind === 'enterprise';
    if (enterprise ? input.creditCode === undefined : input.idNumber === undefined) {
      throw new ServerError(
        'ERR_SRV_REGISTRY_INVARIANT',
        enterprise ? 'an enterprise needs a creditCode' : 'an individual owner needs an idNumber',
      );
    }
    if (enterprise ? input.idNumber !== undefined : input.creditCode !== undefined) {
      throw new ServerError(
        'ERR_SRV_REGISTRY_INVARIANT',
        enterprise ? 'an enterprise has no idNumber' : 'an individual owner has no creditCode',
      );
    }
    return this.db.transaction(async (tx) => {
      await requireTown(tx, input.townId, 'townId');
      const owner: Owner = {
        id: newId('own'),
        kind: input.kind,
        name: input.name,
        creditCode: input.creditCode ?? null,
        idNumberMasked: input.idNumber === undefined ? null : this.identities.mask(input.idNumber),
        contactPhone: input.contactPhone ?? null,
        townId: input.townId,
        createdAt: new Date().toISOString(),
      };
      await insertRow(
        tx,
        'owners',
        {
          id: owner.id,
          kind: owner.kind,
          name: owner.name,
          credit_code: owner.creditCode,
          id_number_hash: input.idNumber === undefined ? null : this.identities.hash(input.idNumber),
          id_number_masked: owner.idNumberMasked,
          contact_phone: owner.contactPhone,
          town_id: owner.townId,
          created_at: Date.parse(owner.createdAt),
        },
        'owner',
      );
      return owner;
    });
  }
}
