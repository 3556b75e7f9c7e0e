import type { FastifyInstance, FastifyRequest } from 'fastify';
import { ServerError } from '../server-error';

/** How many sign-in attempts `POST /v1/auth/login` takes per window (WC-SUP-041). */
export interface LoginLimits {
  /** Attempts per username (case-insensitive) and window; the password-guessing bound. */
  perUsername: number;
  /** Attempts per client IP address and window; bounds guessing across many usernames. */
  perIp: number;
  /** The window, in milliseconds. */
  windowMs: number;
}

/** 10 attempts a username and 60 an address per 15 minutes. */
export const DEFAULT_LOGIN_LIMITS: LoginLimits = { perUsername: 10, perIp: 60, windowMs: 15 * 60_000 };

type Limiter = ReturnType<FastifyInstance['createRateLimit']>;

function usernameOf(request: FastifyRequest): string {
  const body = request.body as { username?: unknown } | undefined;
  return typeof body?.username === 'string' ? body.username.toLowerCase() : '';
}

/**
 * Counts sign-in attempts with @fastify/rate-limit's in-process store (one count per server
 * instance). Every attempt is counted before the password is checked, so a burst of parallel
 * guesses cannot slip through while the first ones are being hashed.
 */
export class LoginThrottle {
  private readonly byIp: Limiter;
  private readonly byUsername: Limiter;

  constructor(app: FastifyInstance, limits: LoginLimits) {
    this.byIp = app.createRateLimit({
      max: limits.perIp,
      timeWindow: limits.windowMs,
      keyGenerator: (request) => `login-ip:${request.ip}`,
    });
    this.byUsername = app.createRateLimit({
      max: limits.perUsername,
      timeWindow: limits.windowMs,
      keyGenerator: (request) => `login-user:${usernameOf(request)}`,
    });
  }

  /** Counts the attempt; throws `ERR_SRV_RATE_LIMITED` (429) with `Retry-After` past a limit. */
  async admit(request: FastifyRequest, reply: { header(name: string, value: string): unknown }) {
    for (const [limit, limiter] of [
      ['ip', this.byIp],
      ['username', this.byUsername],
    ] as const) {
      const state = await limiter(request);
      if (state.isAllowed || !state.isExceeded) continue;
      reply.header('retry-after', String(state.ttlInSeconds));
      throw new ServerError(
        'ERR_SRV_RATE_LIMITED',
        `too many sign-in attempts for this ${limit}; retry in ${state.ttlInSeconds} s`,
        { details: { limit, retryAfterS: state.ttlInSeconds } },
      );
    }
  }
}
