import {
  BrokenCircuitError,
  ConsecutiveBreaker,
  circuitBreaker,
  ExponentialBackoff,
  handleWhen,
  retry,
  TimeoutStrategy,
  timeout,
  wrap,
} from 'cockatiel';
import { LRUCache } from 'lru-cache';
import type { CertificateRef } from './certificate-record';
import { certificateKey } from './certificate-record';
import type { AuthorityAnswer, AuthorityEvidence, FoundAnswer } from './evidence';
import type { AuthoritySource } from './sources';
import type { CertificateType } from './vocabulary';

/** Options of {@link createHttpAuthoritySource}. */
export interface HttpAuthorityOptions {
  /** The certificate types this authority issues. */
  types: readonly CertificateType[];
  /** The lookup URL of one certificate. */
  url: (certificate: CertificateRef) => string;
  /**
   * Turns a 200 response body into an answer. The default reads
   * `{ "status": "valid" | "revoked" | "not-found", "validFrom"?, "validTo"?, "nextReviewDate"? }` (days `YYYY-MM-DD`).
   */
  parse?: (body: unknown) => FoundAnswer | { outcome: 'not-found' };
  /** Per attempt, default 3000 ms. */
  timeoutMs?: number;
  /** Retries after the first attempt, default 2. */
  retries?: number;
  /** First retry delay, default 100 ms (exponential with jitter after that). */
  retryDelayMs?: number;
  /** How long an answer is served from the cache without asking again, default 10 min. */
  cacheTtlMs?: number;
  /** How long an answer is kept for grace when the authority is down, default 72 h. */
  keepMs?: number;
  /** Cached certificates at most, default 10 000. */
  maxEntries?: number;
  /** Consecutive failed lookups that open the circuit, default 5. */
  breakerThreshold?: number;
  /** How long an open circuit waits before trying again, default 30 s. */
  breakerHalfOpenAfterMs?: number;
  fetch?: typeof fetch;
  now?: () => number;
}

class AuthorityHttpFailure extends Error {}

function isDay(value: unknown): value is string {
  return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value);
}

function defaultParse(body: unknown): FoundAnswer | { outcome: 'not-found' } {
  const data = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>;
  if (data.status === 'not-found') return { outcome: 'not-found' };
  if (data.status !== 'valid' && data.status !== 'revoked')
    throw new AuthorityHttpFailure('unexpected answer');
  const answer: FoundAnswer = { outcome: 'found', status: data.status };
  if (isDay(data.validFrom)) answer.validFrom = data.validFrom;
  if (isDay(data.validTo)) answer.validTo = data.validTo;
  if (isDay(data.nextReviewDate)) answer.nextReviewDate = data.nextReviewDate;
  return answer;
}

/**
 * An {@link AuthoritySource} over HTTP: a timeout per attempt, retries with backoff, a circuit
 * breaker (cockatiel) and a TTL cache (lru-cache) whose older answers back the policy's grace.
 * 404 means "no such certificate"; other failures, timeouts and an open circuit give `unreachable`
 * with the last cached answer.
 *
 * @example
 * ```ts
 * import { createHttpAuthoritySource } from '@weldcode/credentials';
 *
 * const emergency = createHttpAuthoritySource({
 *   types: ['em-welding'],
 *   url: (c) => `https://registry.example.gov.cn/cert/${encodeURIComponent(c.number)}`,
 *   timeoutMs: 2000,
 * });
 * const evidence = await emergency.lookup({ type: 'em-welding', number: 'T11010519491231002X', authority: '' });
 * ```
 */
export function createHttpAuthoritySource(options: HttpAuthorityOptions): AuthoritySource {
  const now = options.now ?? Date.now;
  const doFetch = options.fetch ?? globalThis.fetch;
  const parse = options.parse ?? defaultParse;
  const ttl = options.cacheTtlMs ?? 600_000;
  const cache = new LRUCache<string, AuthorityAnswer>({
    max: options.maxEntries ?? 10_000,
    ttl: Math.max(options.keepMs ?? 72 * 3_600_000, ttl),
    perf: { now },
  });
  const policy = wrap(
    retry(
      handleWhen((error) => !(error instanceof BrokenCircuitError)),
      {
        maxAttempts: options.retries ?? 2,
        backoff: new ExponentialBackoff({ initialDelay: options.retryDelayMs ?? 100, maxDelay: 2_000 }),
      },
    ),
    circuitBreaker(
      handleWhen(() => true),
      {
        halfOpenAfter: options.breakerHalfOpenAfterMs ?? 30_000,
        breaker: new ConsecutiveBreaker(options.breakerThreshold ?? 5),
      },
    ),
    timeout(options.timeoutMs ?? 3_000, TimeoutStrategy.Aggressive),
  );

  async function ask(certificate: CertificateRef): Promise<AuthorityAnswer> {
    return policy.execute(async ({ signal }) => {
      const response = await doFetch(options.url(certificate), {
        signal,
        headers: { accept: 'application/json' },
      });
      if (response.status === 404) return { outcome: 'not-found', fetchedAt: now() };
      if (!response.ok) throw new AuthorityHttpFailure(`HTTP ${response.status}`);
      return { ...parse(await response.json()), fetchedAt: now() } as AuthorityAnswer;
    });
  }

  return {
    types: [...options.types],
    async lookup(certificate): Promise<AuthorityEvidence> {
      const key = certificateKey(certificate);
      const cached = cache.get(key);
      if (cached !== undefined && now() - Number(cached.fetchedAt) <= ttl) return cached;
      try {
        const answer = await ask(certificate);
        cache.set(key, answer);
        return answer;
      } catch {
        return cached === undefined
          ? { outcome: 'unreachable' }
          : { outcome: 'unreachable', lastAnswer: cached };
      }
    },
  };
}
