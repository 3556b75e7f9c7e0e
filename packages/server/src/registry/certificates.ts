import { type Static, Type } from '@sinclair/typebox';
import { newId } from '../ids';
import {
  CalendarDate,
  Instant,
  ListQuery,
  Nullable,
  PageOf,
  RecordId,
  StringEnum,
  Text,
} from '../schemas/common';
import { ServerError } from '../server-error';
import type { SqlDatabase, SqlRow } from '../storage/sql-database';
import { getRow, insertRow, isoInstant, listRows, type Page, textOrNull } from '../storage/table';
import { CERTIFICATE_TYPES, type CertificateType } from '../vocabulary';

const TYPE_IDS = CERTIFICATE_TYPES.map((type) => type.id) as unknown as readonly CertificateType[];

export const CertificateTypeSchema = StringEnum(
  TYPE_IDS,
  `certificate type: ${CERTIFICATE_TYPES.map((t) => `${t.id} ${t.label}`).join('; ')}`,
);

export const CertificateInputSchema = Type.Object(
  {
    type: CertificateTypeSchema,
    number: Text(50, 'certificate number as printed'),
    issuer: Text(100, 'issuing authority'),
    issuedOn: CalendarDate,
    expiresOn: CalendarDate,
    reviewDueOn: Type.Optional(CalendarDate),
  },
  { $id: 'CertificateInput', additionalProperties: false },
);

export const CertificateSchema = Type.Object(
  {
    id: RecordId,
    workerId: RecordId,
    type: CertificateTypeSchema,
    number: Type.String(),
    issuer: Type.String(),
    issuedOn: CalendarDate,
    expiresOn: CalendarDate,
    reviewDueOn: Nullable(CalendarDate),
    createdAt: Instant,
  },
  { $id: 'Certificate' },
);

export const CertificatePageSchema = Type.Object(PageOf(Type.Ref(CertificateSchema)).properties, {
  $id: 'CertificatePage',
});

export const CertificateListQuery = ListQuery({ type: Type.Optional(CertificateTypeSchema) });

export type CertificateInput = Static<typeof CertificateInputSchema>;
export type Certificate = Static<typeof CertificateSchema>;
export type CertificateListFilter = Static<typeof CertificateListQuery>;

function fromRow(row: SqlRow): Certificate {
  return {
    id: String(row.id),
    workerId: String(row.worker_id),
    type: row.type as CertificateType,
    number: String(row.number),
    issuer: String(row.issuer),
    issuedOn: String(row.issued_on),
    expiresOn: String(row.expires_on),
    reviewDueOn: textOrNull(row.review_due_on),
    createdAt: isoInstant(row.created_at),
  };
}

/**
 * A worker's certificates as recorded. Whether one is valid for a job (periods, reviews, work
 * kinds) is @weldcode/credentials' decision, not this record's.
 */
export class CertificateRepository {
  constructor(private readonly db: SqlDatabase) {}

  create(workerId: string, input: CertificateInput): Promise<Certificate> {
    if (input.expiresOn <= input.issuedOn) {
      throw new ServerError('ERR_SRV_REGISTRY_INVARIANT', 'expiresOn must be after issuedOn', {
        details: { issuedOn: input.issuedOn, expiresOn: input.expiresOn },
      });
    }
    return this.db.transaction(async (tx) => {
      await getRow(tx, 'workers', workerId, 'worker');
      const certificate: Certificate = {
        id: newId('cert'),
        workerId,
        type: input.type,
        number: input.number,
        issuer: input.issuer,
        issuedOn: input.issuedOn,
        expiresOn: input.expiresOn,
        reviewDueOn: input.reviewDueOn ?? null,
        createdAt: new Date().toISOString(),
      };
      await insertRow(
        tx,
        'certificates',
        {
          id: certificate.id,
          worker_id: workerId,
          type: certificate.type,
          number: certificate.number,
          issuer: certificate.issuer,
          issued_on: certificate.issuedOn,
          expires_on: certificate.expiresOn,
          review_due_on: certificate.reviewDueOn,
          created_at: Date.parse(certificate.createdAt),
        },
        'certificate (type and number must be unique)',
      );
      return certificate;
    });
  }

  async list(workerId: string, filter: CertificateListFilter): Promise<Page<Certificate>> {
    await getRow(this.db, 'workers', workerId, 'worker');
    const page = await listRows(this.db, 'certificates', { worker_id: workerId, type: filter.type }, filter);
    return { items: page.items.map(fromRow), nextCursor: page.nextCursor };
  }
}
