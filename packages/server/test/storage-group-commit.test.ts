import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SqlDatabase } from '../src/storage/sql-database';
import { openSqliteDatabase } from '../src/storage/sqlite-database';

describe('SQLite group commit of standalone writes', () => {
  let dir: string;
  let path: string;
  let db: SqlDatabase;

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'weldcode-group-'));
    path = join(dir, 'g.sqlite');
    db = openSqliteDatabase({ path });
    await db.execute('CREATE TABLE t (k TEXT PRIMARY KEY, v INTEGER NOT NULL)');
  });

  afterEach(async () => {
    await db.close().catch(() => undefined);
    rmSync(dir, { recursive: true, force: true });
  });

  it('WC-SRV-147: writes issued together all commit, each resolving with its own change count', async () => {
    const writes = Array.from({ length: 50 }, (_, i) =>
      db.execute('INSERT INTO t (k, v) VALUES (?, ?)', [`k${i}`, i]),
    );
    writes.push(db.execute('UPDATE t SET v = v + 1 WHERE k = ?', ['absent']));
    expect(await Promise.all(writes)).toEqual([...Array.from({ length: 50 }, () => 1), 0]);
    // committed, not merely visible to this connection: another connection sees every row
    const other = new Database(path, { readonly: true });
    expect(other.prepare('SELECT COUNT(*) AS n FROM t').get()).toEqual({ n: 50 });
    other.close();
  });

  it('WC-SRV-147: a failing write fails alone; the others of its group commit', async () => {
    await db.execute('INSERT INTO t (k, v) VALUES (?, ?)', ['taken', 0]);
    const results = await Promise.allSettled([
      db.execute('INSERT INTO t (k, v) VALUES (?, ?)', ['a', 1]),
      db.execute('INSERT INTO t (k, v) VALUES (?, ?)', ['taken', 2]),
      db.execute('INSERT INTO t (k, v) VALUES (?, ?)', ['b', null]),
      db.execute('INSERT INTO t (k, v) VALUES (?, ?)', ['c', 3]),
    ]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'rejected', 'fulfilled']);
    expect(await db.query('SELECT k, v FROM t ORDER BY k')).toEqual([
      { k: 'a', v: 1 },
      { k: 'c', v: 3 },
      { k: 'taken', v: 0 },
    ]);
  });

  it('WC-SRV-147: reads and transactions keep their call order with grouped writes', async () => {
    const first = db.execute('INSERT INTO t (k, v) VALUES (?, ?)', ['x', 1]);
    const read = db.query<{ v: number }>('SELECT v FROM t WHERE k = ?', ['x']);
    const second = db.execute('UPDATE t SET v = 2 WHERE k = ?', ['x']);
    const inTx = db.transaction((tx) => tx.query<{ v: number }>('SELECT v FROM t WHERE k = ?', ['x']));
    const third = db.execute('UPDATE t SET v = 3 WHERE k = ?', ['x']);
    await Promise.all([first, second, third]);
    expect((await read)[0]?.v).toBe(1);
    expect((await inTx)[0]?.v).toBe(2);
    expect((await db.query<{ v: number }>('SELECT v FROM t'))[0]?.v).toBe(3);
  });
});

describe('SQLite write lock held by another connection', () => {
  let dir: string;
  let path: string;
  let db: SqlDatabase;
  let other: Database.Database;

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'weldcode-lock-'));
    path = join(dir, 'l.sqlite');
    db = openSqliteDatabase({ path });
    await db.execute('CREATE TABLE t (k TEXT PRIMARY KEY, v INTEGER NOT NULL)');
    other = new Database(path);
  });

  afterEach(async () => {
    if (other.inTransaction) other.exec('ROLLBACK');
    other.close();
    await db.close().catch(() => undefined);
    rmSync(dir, { recursive: true, force: true });
  });

  it('WC-SRV-157: writes and transactions wait for the lock without blocking the event loop, then commit', async () => {
    other.exec('BEGIN IMMEDIATE');
    other.prepare('INSERT INTO t (k, v) VALUES (?, ?)').run('theirs', 0);
    const write = db.execute('INSERT INTO t (k, v) VALUES (?, ?)', ['mine', 1]);
    const tx = db.transaction(async (t) => t.execute('INSERT INTO t (k, v) VALUES (?, ?)', ['tx', 2]));
    let settled = false;
    void Promise.allSettled([write, tx]).then(() => {
      settled = true;
    });
    // timers keep firing while both wait: a sleeping busy handler would have frozen this thread
    let ticks = 0;
    for (let i = 0; i < 20; i++) {
      await new Promise((resolve) => setTimeout(resolve, 5));
      ticks++;
    }
    expect(ticks).toBe(20);
    expect(settled).toBe(false);
    other.exec('COMMIT');
    expect(await write).toBe(1);
    expect(await tx).toBe(1);
    expect(await db.query('SELECT k FROM t ORDER BY k')).toEqual([
      { k: 'mine' },
      { k: 'theirs' },
      { k: 'tx' },
    ]);
  });

  it('WC-SRV-157: a lock held past the wait fails the write with ERR_SRV_STORAGE_UNAVAILABLE, and the next one commits', async () => {
    other.exec('BEGIN IMMEDIATE');
    await expect(db.execute('INSERT INTO t (k, v) VALUES (?, ?)', ['mine', 1])).rejects.toMatchObject({
      code: 'ERR_SRV_STORAGE_UNAVAILABLE',
      details: { reason: 'busy' },
    });
    other.exec('ROLLBACK');
    expect(await db.execute('INSERT INTO t (k, v) VALUES (?, ?)', ['mine', 1])).toBe(1);
  }, 15_000);
});

describe('SQLite synchronous setting', () => {
  it('WC-SRV-025: full by default, normal on request, anything else refused with ERR_SRV_CONFIG', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'weldcode-sync-'));
    try {
      const level = async (db: SqlDatabase) =>
        (await db.query<{ synchronous: number }>('PRAGMA synchronous'))[0]?.synchronous;
      const full = openSqliteDatabase({ path: join(dir, 'a.sqlite') });
      expect(await level(full)).toBe(2);
      await full.close();
      const normal = openSqliteDatabase({ path: join(dir, 'a.sqlite'), synchronous: 'normal' });
      expect(await level(normal)).toBe(1);
      await normal.close();
      expect(() => openSqliteDatabase({ path: join(dir, 'a.sqlite'), synchronous: 'off' as never })).toThrow(
        expect.objectContaining({ code: 'ERR_SRV_CONFIG' }),
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
