import { type Static, Type } from '@sinclair/typebox';
import { newId } from '../ids';
import { Instant, ListQuery, Nullable, PageOf, RecordId, Text } from '../schemas/common';
import { CodeNumber, nextCodeNumber } from '../storage/code-numbers';
import type { IdentityNumbers } from '../storage/identity-numbers';
import { RecordRepository } from '../storage/record-repository';
import type { SqlDatabase, SqlRow } from '../storage/sql-database';
import { insertRow, isoInstant, requireReference, textOrNull } from '../storage/table';
import { IdNumber } from './owners';

export const WorkerInputSchema = Type.Object(
  {
    name: Text(100),
    idNumber: IdNumber,
    phone: Type.Optional(Type.String({ pattern: '^[0-9+() -]{5,20}$' })),
    employerId: Type.Optional(RecordId),
  },
  { $id: 'WorkerInput', additionalProperties: false },
);

export const WorkerSchema = Type.Object(
  {
    id: RecordId,
    codeNo: CodeNumber,
    name: Type.String(),
    idNumberMasked: Type.String({
      description: 'first 3 and last 4 characters; the number itself is never stored',
    }),
    phone: Nullable(Type.String()),
    employerId: Nullable(RecordId),
    createdAt: Instant,
  },
  { $id: 'Worker' },
);

export const WorkerPageSchema = Type.Object(PageOf(Type.Ref(WorkerSchema)).properties, { $id: 'WorkerPage' });

export const WorkerListQuery = ListQuery({
  employerId: Type.Optional(RecordId),
  idNumber: Type.Optional(IdNumber),
});

export type WorkerInput = Static<typeof WorkerInputSchema>;
export type Worker = Static<typeof WorkerSchema>;
export type WorkerListFilter = Static<typeof WorkerListQuery>;

function fromRow(row: SqlRow): Worker {
  return {
    id: String(row.id),
    codeNo: Number(row.code_no),
    name: String(row.name),
    idNumberMasked: String(row.id_number_masked),
    phone: textOrNull(row.phone),
    employerId: textOrNull(row.employer_id),
    createdAt: isoInstant(row.created_at),
  };
}

/** Welders and fire watchers. One record per person: the ID number's hash is unique. */
export class WorkerRepository extends RecordRepository<Worker, WorkerListFilter> {
  constructor(
    db: SqlDatabase,
    private readonly identities: IdentityNumbers,
  ) {
    super(db, {
      table: 'workers',
      noun: 'worker',
      fromRow,
      filters: (filter) => ({
        employer_id: filter.employerId,
        id_number_hash: filter.idNumber === undefined ? undefined : identities.hash(filter.idNumber),
      }),
    });
  }

  create(input: WorkerInput): Promise<Worker> {
    return this.db.transaction(async (tx) => {
      if (input.employerId !== undefined)
        await requireReference(tx, 'owners', input.employerId, 'employerId');
      const worker: Worker = {
        id: newId('wkr'),
        codeNo: await nextCodeNumber(tx, 'workers'),
        name: input.name,
        idNumberMasked: this.identities.mask(input.idNumber),
        phone: input.phone ?? null,
        employerId: input.employerId ?? null,
        createdAt: new Date().toISOString(),
      };
      await insertRow(
        tx,
        'workers',
        {
          id: worker.id,
          code_no: worker.codeNo,
          name: worker.name,
          id_number_hash: this.identities.hash(input.idNumber),
          id_number_masked: worker.idNumberMasked,
          phone: worker.phone,
          employer_id: worker.employerId,
          created_at: Date.parse(worker.createdAt),
        },
        'worker (a person with this ID number is already registered)',
      );
      return worker;
    });
  }

  /** Lists workers; `idNumber` finds a person by the hash of their number. */
}
