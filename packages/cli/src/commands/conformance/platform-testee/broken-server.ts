import type { RunningServer } from '@weldcode/server';

/** Deliberately broken variants of the reference server, for the suite's self-test (WC-CONF-030). */
export const BROKEN_VARIANTS = [
  'acks-before-durable',
  'accepts-cloned-chip',
  'alerts-on-historical',
  'accepts-expired-certificate',
] as const;

/** One of {@link BROKEN_VARIANTS}. */
export type BrokenVariant = (typeof BROKEN_VARIANTS)[number];

interface CertificateLookups {
  certificatesOf(workerId: string): Promise<Record<string, unknown>[]>;
}

/** How long the broken ingest lets an acknowledged batch wait before writing it. */
const LAZY_WRITE_MS = 2_000;

/**
 * Breaks a running reference server the way real platforms go wrong, by replacing one method
 * of its storage or bus, as the broken reference chips patch their firmware model.
 */
export function breakServer(server: RunningServer, variant: BrokenVariant): void {
  const { storage, events } = server;
  switch (variant) {
    case 'acks-before-durable': {
      // answers "stored" at once and commits later: an ack no longer means durable
      const append = storage.uplinks.append.bind(storage.uplinks);
      storage.uplinks.append = async (records) => {
        setTimeout(() => void append(records).catch(() => undefined), LAZY_WRITE_MS);
        return records.map(() => 'stored' as const);
      };
      return;
    }
    case 'accepts-cloned-chip': {
      // an upsert: registering a known chip id again replaces its key
      const create = storage.chips.create.bind(storage.chips);
      const db = (
        storage.chips as unknown as { db: { execute(sql: string, params: unknown[]): Promise<number> } }
      ).db;
      storage.chips.create = async (input) => {
        try {
          return await create(input);
        } catch (error) {
          await db.execute('UPDATE chips SET public_key = ? WHERE id = ?', [
            Buffer.from(input.publicKey, 'base64url'),
            input.id,
          ]);
          if ((await storage.chips.get(input.id)).publicKey !== input.publicKey) throw error;
          return storage.chips.get(input.id);
        }
      };
      return;
    }
    case 'alerts-on-historical': {
      // forgets that a backfilled record is history: monitoring alerts on it as if it were live
      const emit = events.emit.bind(events) as (name: string, payload: unknown) => boolean;
      (events as unknown as { emit: typeof emit }).emit = (name, payload) =>
        emit(name, name === 'record' ? { ...(payload as object), historical: false } : payload);
      return;
    }
    case 'accepts-expired-certificate': {
      // reads every certificate as valid for another ten years when deciding a scan
      const lookups = (server.app as unknown as { platform: { scans: { lookups: CertificateLookups } } })
        .platform.scans.lookups;
      const certificatesOf = lookups.certificatesOf.bind(lookups);
      const far = new Date(Date.now() + 10 * 365 * 86_400_000).toISOString().slice(0, 10);
      lookups.certificatesOf = async (workerId) =>
        (await certificatesOf(workerId)).map((row) => ({ ...row, expires_on: far, review_due_on: null }));
      return;
    }
  }
}
