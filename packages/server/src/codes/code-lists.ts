import {
  QrVerifier,
  type RevocationEntry,
  type RevocationList,
  revocationDelta,
  signPayload,
  type TrustList,
} from '@weldcode/qr';
import type { PlatformKeys } from '../platform/platform-keys';
import type { SqlDatabase, SqlExecutor } from '../storage/sql-database';
import type { CodeStore, PublishedList } from './code-store';

/** How the issuer publishes its lists; the defaults follow WC-QR-074. */
export interface ListPolicy {
  /** The issuer id the trust list gives the issuer key and revocation lists carry. */
  issuerId: number;
  /** GB/T 2260 district the issuer key may sign plates for (absent: any). */
  district?: number;
  /** Name of the issuer key for people. */
  name: string;
  /** Seconds from issue to a trust list's `nextUpdate` (default 1 day). */
  trustNextUpdateS: number;
  /** Seconds from issue to a trust list's `expiresAt` (default 30 days). */
  trustLifetimeS: number;
  /** Seconds from issue to a revocation list's `nextUpdate` (default 1 day). */
  revocationNextUpdateS: number;
  /** A list older than this is re-signed under the next number when asked for (default 1 hour). */
  republishAfterS: number;
}

export const DEFAULT_LIST_POLICY: ListPolicy = {
  issuerId: 1,
  name: 'weldcode reference platform',
  trustNextUpdateS: 86_400,
  trustLifetimeS: 30 * 86_400,
  revocationNextUpdateS: 86_400,
  republishAfterS: 3_600,
};

/** Codes signed before this instant (2020-01-01T00:00:00Z) are outside the issuer key's validity. */
const KEY_NOT_BEFORE = 1_577_836_800;
const KEY_LIFETIME_S = 10 * 365 * 86_400;

async function nextListNumber(tx: SqlExecutor, counter: 'trust-lists' | 'revocation-lists'): Promise<number> {
  const rows = await tx.query<{ value: number }>(
    'UPDATE counters SET value = value + 1 WHERE name = ? RETURNING value',
    [counter],
  );
  return Number(rows[0]?.value);
}

/**
 * Publishes the root-signed trust list and the issuer's numbered revocation lists (full and
 * delta) and keeps a verifier loaded with the latest of both, as an offline phone would be.
 */
export class CodeLists {
  private verifier: { trust: number; revocation: number; value: QrVerifier; checkedS: number } | undefined;

  constructor(
    private readonly db: SqlDatabase,
    private readonly store: CodeStore,
    private readonly keysOf: () => PlatformKeys,
    private readonly policy: ListPolicy,
    private readonly nowS: () => number,
  ) {}

  /** The current trust list, re-signed under the next number once it is older than the policy allows. */
  async trustList(): Promise<PublishedList> {
    const latest = await this.store.latestList(this.db, 'trust');
    if (latest !== undefined && latest.issuedAt + this.policy.republishAfterS > this.nowS()) return latest;
    return this.db.transaction(async (tx) => {
      const issuedAt = this.nowS();
      const number = await nextListNumber(tx, 'trust-lists');
      const payload: TrustList = {
        kind: 'trust-list',
        number,
        issuedAt,
        nextUpdate: issuedAt + this.policy.trustNextUpdateS,
        expiresAt: issuedAt + this.policy.trustLifetimeS,
        keys: [
          {
            publicKey: this.keysOf().issuer.publicKey,
            issuer: this.policy.issuerId,
            kinds: ['plate', 'credential', 'permit', 'revocation'],
            notBefore: KEY_NOT_BEFORE,
            notAfter: Math.max(issuedAt, KEY_NOT_BEFORE) + KEY_LIFETIME_S,
            ...(this.policy.district === undefined ? {} : { district: this.policy.district }),
            name: this.policy.name,
          },
        ],
      };
      const list: PublishedList = {
        number,
        issuedAt,
        cose: signPayload(payload, this.keysOf().root.secretKey),
        delta: null,
        entries: [],
      };
      await this.store.insertList(tx, 'trust', list);
      return list;
    });
  }

  /** The current full revocation list (published on first use and when it grows old). */
  async revocationList(): Promise<PublishedList> {
    const latest = await this.store.latestList(this.db, 'revocation');
    if (latest !== undefined && latest.issuedAt + this.policy.republishAfterS > this.nowS()) return latest;
    return this.db.transaction((tx) => this.publishRevocations(tx));
  }

  /** The delta list that moves a holder of list `base` to list `base + 1`, if published. */
  async revocationDelta(base: number): Promise<Uint8Array | undefined> {
    const next = await this.store.listNumber(this.db, 'revocation', base + 1);
    return next?.delta ?? undefined;
  }

  /**
   * Signs the entries in force as the next full list and as a delta from the previous one,
   * inside the caller's transaction (the change that caused it commits with it).
   */
  async publishRevocations(tx: SqlExecutor): Promise<PublishedList> {
    const number = await nextListNumber(tx, 'revocation-lists');
    const entries = await this.store.revocationEntries(tx);
    const previous = await this.store.latestList(tx, 'revocation');
    const issuedAt = this.nowS();
    const base: Omit<RevocationList, 'revoked'> = {
      kind: 'revocation',
      issuer: this.policy.issuerId,
      number,
      issuedAt,
      nextUpdate: issuedAt + this.policy.revocationNextUpdateS,
    };
    const secret = this.keysOf().issuer.secretKey;
    const list: PublishedList = {
      number,
      issuedAt,
      cose: signPayload({ ...base, revoked: entries }, secret),
      delta: previous === undefined ? null : signPayload(deltaPayload(base, previous, entries), secret),
      entries,
    };
    await this.store.insertList(tx, 'revocation', list);
    this.verifier = undefined;
    return list;
  }

  /**
   * A verifier holding the latest trust and revocation lists (rebuilt when either changes). This
   * process's own publications rebuild it at once; another instance's are seen within a second.
   */
  async currentVerifier(): Promise<QrVerifier> {
    const held = this.verifier;
    if (held !== undefined && held.checkedS === this.nowS()) return held.value;
    const trust = await this.trustList();
    const revocation = await this.revocationList();
    const cached = this.verifier;
    if (cached !== undefined && cached.trust === trust.number && cached.revocation === revocation.number) {
      cached.checkedS = this.nowS();
      return cached.value;
    }
    const value = new QrVerifier({ roots: [this.keysOf().root.publicKey], clock: this.nowS });
    value.loadTrustList(trust.cose);
    value.loadRevocationList(revocation.cose);
    this.verifier = { trust: trust.number, revocation: revocation.number, value, checkedS: this.nowS() };
    return value;
  }
}

function deltaPayload(
  base: Omit<RevocationList, 'revoked'>,
  previous: PublishedList,
  entries: RevocationEntry[],
): RevocationList {
  const { revoked, restored } = revocationDelta(previous.entries, entries);
  return { ...base, base: previous.number, revoked, ...(restored.length > 0 ? { restored } : {}) };
}
