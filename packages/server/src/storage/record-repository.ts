import type { SqlDatabase, SqlRow } from './sql-database';
import { type Filters, getRow, listRows, type Page, type PageRequest } from './table';

/** How one aggregate's records are stored: its table (or view), row mapping and filters. */
export interface RecordTable<R, F extends PageRequest> {
  /** Table or view to read from. */
  table: string;
  /** Singular noun for messages ("area"). */
  noun: string;
  fromRow(row: SqlRow): R;
  /** The listing query's filters as column equalities (`undefined` = not filtered). */
  filters(filter: F): Filters;
}

/**
 * Reading by id and keyset-paginated listing, the same for every aggregate; subclasses add the
 * writes with their invariants.
 */
export class RecordRepository<R, F extends PageRequest> {
  constructor(
    protected readonly db: SqlDatabase,
    private readonly records: RecordTable<R, F>,
  ) {}

  /** The record with `id`; `ERR_SRV_NOT_FOUND` if there is none. */
  async get(id: string): Promise<R> {
    return this.records.fromRow(await getRow(this.db, this.records.table, id, this.records.noun));
  }

  /** One page of records matching `filter`, in creation order. */
  async list(filter: F): Promise<Page<R>> {
    const page = await listRows(this.db, this.records.table, this.records.filters(filter), filter);
    return { items: page.items.map((row) => this.records.fromRow(row)), nextCursor: page.nextCursor };
  }
}
