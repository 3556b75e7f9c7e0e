import { SimulatorError } from '../simulator-error';

/** Where a platform's HTTP API is and who the simulator acts as. */
export interface PlatformEndpoint {
  /** Base URL of the API, e.g. `http://127.0.0.1:8080`. */
  baseUrl: string;
  /** Bearer token (or API key) of the platform administrator. */
  token: string;
}

/**
 * A small JSON client of a weldcode platform's HTTP API (spec/server.md), with `fetch` only: the
 * simulator never imports the server. A problem document becomes an `ERR_SIM_PLATFORM` error that
 * names the route, the status and the problem's `code`.
 */
export class PlatformClient {
  private readonly base: string;

  constructor(private readonly endpoint: PlatformEndpoint) {
    this.base = endpoint.baseUrl.replace(/\/+$/, '');
  }

  get<T>(path: string): Promise<T> {
    return this.call<T>('GET', path);
  }

  post<T>(path: string, body: unknown): Promise<T> {
    return this.call<T>('POST', path, body);
  }

  put<T>(path: string, body: unknown): Promise<T> {
    return this.call<T>('PUT', path, body);
  }

  /** Every item of a keyset-paginated listing (WC-SRV-045). */
  async list<T>(path: string): Promise<T[]> {
    const items: T[] = [];
    let cursor: string | undefined;
    do {
      const sep = path.includes('?') ? '&' : '?';
      const page = await this.get<{ items: T[]; nextCursor?: string | null }>(
        `${path}${sep}limit=500${cursor === undefined ? '' : `&cursor=${encodeURIComponent(cursor)}`}`,
      );
      items.push(...page.items);
      cursor = page.nextCursor ?? undefined;
    } while (cursor !== undefined);
    return items;
  }

  private async call<T>(method: string, path: string, body?: unknown): Promise<T> {
    let response: Response;
    try {
      response = await fetch(`${this.base}${path}`, {
        method,
        headers: {
          authorization: `Bearer ${this.endpoint.token}`,
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
    } catch (cause) {
      throw new SimulatorError('ERR_SIM_TRANSPORT', `${method} ${path}: platform unreachable`, { cause });
    }
    const text = await response.text();
    const parsed = text === '' ? undefined : (JSON.parse(text) as unknown);
    if (!response.ok) {
      const problem = (parsed ?? {}) as { code?: string; detail?: string };
      throw new SimulatorError(
        'ERR_SIM_PLATFORM',
        `${method} ${path}: ${response.status} ${problem.code ?? ''} ${problem.detail ?? ''}`.trim(),
        { details: { method, path, status: response.status, code: problem.code ?? null } },
      );
    }
    return parsed as T;
  }
}
