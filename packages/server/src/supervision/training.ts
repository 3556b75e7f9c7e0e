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
import type { SqlDatabase } from '../storage/sql-database';
import { insertRow, isoInstant, listRows, type Page, requireReference } from '../storage/table';

const Attendee = Type.Union([
  Type.Object({ kind: Type.Literal('worker'), workerId: RecordId }, { additionalProperties: false }),
  Type.Object({ kind: Type.Literal('safety-manager'), name: Text(100) }, { additionalProperties: false }),
]);

export const TrainingInputSchema = Type.Object(
  {
    ownerId: RecordId,
    heldOn: CalendarDate,
    trainer: Text(100),
    topic: Text(200, 'e.g. 加芯赋码焊机扫码开机操作'),
    attendees: Type.Array(Attendee, { minItems: 1, maxItems: 500 }),
  },
  { $id: 'TrainingInput', additionalProperties: false },
);

export const TrainingSchema = Type.Object(
  {
    id: RecordId,
    ownerId: RecordId,
    townId: RecordId,
    heldOn: CalendarDate,
    trainer: Type.String(),
    topic: Type.String(),
    attendees: Type.Array(
      Type.Object({
        kind: StringEnum(['worker', 'safety-manager'] as const),
        workerId: Nullable(RecordId),
        name: Type.String(),
      }),
    ),
    recordedBy: Type.String(),
    createdAt: Instant,
  },
  { $id: 'Training' },
);

export const TrainingPageSchema = Type.Object(PageOf(Type.Ref(TrainingSchema)).properties, {
  $id: 'TrainingPage',
});
export const TrainingListQuery = ListQuery({ ownerId: Type.Optional(RecordId) });

export type TrainingInput = Static<typeof TrainingInputSchema>;
export type Training = Static<typeof TrainingSchema>;

/** Training on the chip-and-code operation (边安装、边培训): who of which enterprise, when, by whom. */
export class TrainingLog {
  constructor(private readonly db: SqlDatabase) {}

  record(input: TrainingInput, recordedBy: string): Promise<Training> {
    return this.db.transaction(async (tx) => {
      const owner = await requireReference(tx, 'owners', input.ownerId, 'ownerId');
      const id = newId('trn');
      await insertRow(
        tx,
        'trainings',
        {
          id,
          owner_id: input.ownerId,
          town_id: String(owner.town_id),
          held_on: input.heldOn,
          trainer: input.trainer,
          topic: input.topic,
          recorded_by: recordedBy,
          created_at: Date.now(),
        },
        'training',
      );
      let position = 0;
      for (const attendee of input.attendees) {
        let name: string;
        if (attendee.kind === 'worker') {
          const worker = await requireReference(tx, 'workers', attendee.workerId, 'attendees.workerId');
          if (worker.employer_id !== input.ownerId) {
            throw new ServerError(
              'ERR_SRV_REGISTRY_INVARIANT',
              `worker ${attendee.workerId} is not employed by ${input.ownerId}`,
            );
          }
          name = String(worker.name);
        } else {
          name = attendee.name;
        }
        await tx.execute(
          'INSERT INTO training_attendees (training_id, position, kind, worker_id, name) VALUES (?, ?, ?, ?, ?)',
          [id, position++, attendee.kind, attendee.kind === 'worker' ? attendee.workerId : null, name],
        );
      }
      return this.read(tx, id);
    });
  }

  private async read(db: Pick<SqlDatabase, 'query'>, id: string): Promise<Training> {
    const [row] = await db.query('SELECT * FROM trainings WHERE id = ?', [id]);
    if (row === undefined) throw new ServerError('ERR_SRV_NOT_FOUND', `training ${id} does not exist`);
    const attendees = await db.query(
      'SELECT * FROM training_attendees WHERE training_id = ? ORDER BY position',
      [id],
    );
    return {
      id,
      ownerId: String(row.owner_id),
      townId: String(row.town_id),
      heldOn: String(row.held_on),
      trainer: String(row.trainer),
      topic: String(row.topic),
      attendees: attendees.map((a) => ({
        kind: a.kind as 'worker' | 'safety-manager',
        workerId: a.worker_id == null ? null : String(a.worker_id),
        name: String(a.name),
      })),
      recordedBy: String(row.recorded_by),
      createdAt: isoInstant(row.created_at),
    };
  }

  async list(filter: Static<typeof TrainingListQuery>): Promise<Page<Training>> {
    const page = await listRows(this.db, 'trainings', { owner_id: filter.ownerId }, filter);
    const items: Training[] = [];
    for (const row of page.items) items.push(await this.read(this.db, String(row.id)));
    return { items, nextCursor: page.nextCursor };
  }
}
