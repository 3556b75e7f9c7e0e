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

/** The two steps of the reference scan-to-start that judge a worker's credential and certificates. */
interface CertificateChecks {
  checkCredential(c: ScanCase, ...rest: unknown[]): Promise<void> | void;
  checkCertificates(c: ScanCase, ...rest: unknown[]): Promise<void> | void;
}

/** What those steps write their failures to. */
interface ScanCase {
  failures: { reason: string }[];
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
      // drops every "expired" finding about the worker's credential and certificates
      const scans = (server.app as unknown as { platform: { scans: CertificateChecks } }).platform.scans;
      for (const method of ['checkCredential', 'checkCertificates'] as const) {
        const check = scans[method].bind(scans);
        scans[method] = async (c, ...rest) => {
          await check(c, ...rest);
          const kept = c.failures.filter((failure) => failure.reason !== 'CERTIFICATE_EXPIRED');
          c.failures.splice(0, c.failures.length, ...kept);
        };
      }
      return;
    }
  }
}
