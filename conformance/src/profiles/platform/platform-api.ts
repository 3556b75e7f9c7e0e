import type { PlatformManifest } from '../../capabilities/capability-manifest';
import { ConformanceError } from '../../conformance-error';

/** One HTTP answer of the platform under test. */
export interface ApiResponse<T = unknown> {
  status: number;
  contentType: string;
  /** The parsed JSON body (`undefined` when the body is not JSON). */
  body: T;
  bytes: Uint8Array;
}

/** Options of one {@link PlatformApi.request}. */
export interface ApiRequestOptions {
  body?: unknown;
  /** A raw body sent as is (with `contentType`), for malformed-input cases. */
  raw?: string;
  contentType?: string;
  /** Send the admin's bearer token (default true). */
  auth?: boolean;
}

/**
 * The runner's HTTP client for the platform under test: signs in with the manifest's admin
 * credential and keeps the token (a restart of the platform keeps its signing key, WC-SUP).
 */
export class PlatformApi {
  private token: string | undefined;

  constructor(private readonly manifest: PlatformManifest) {
    if ('token' in manifest.admin) this.token = manifest.admin.token;
  }

  get base(): string {
    return this.manifest.api.replace(/\/+$/, '');
  }

  /** Sends a request; resolves with whatever the platform answered (any status). */
  async request<T = unknown>(
    method: string,
    path: string,
    options: ApiRequestOptions = {},
  ): Promise<ApiResponse<T>> {
    const headers: Record<string, string> = {};
    if (options.auth !== false) headers.authorization = `Bearer ${await this.adminToken()}`;
    let body: string | undefined;
    if (options.raw !== undefined) {
      body = options.raw;
      headers['content-type'] = options.contentType ?? 'application/json';
    } else if (options.body !== undefined) {
      body = JSON.stringify(options.body);
      headers['content-type'] = 'application/json';
    }
    const response = await fetch(`${this.base}${path}`, {
      method,
      headers,
      ...(body === undefined ? {} : { body }),
    });
    const bytes = new Uint8Array(await response.arrayBuffer());
    const contentType = response.headers.get('content-type') ?? '';
    let parsed: unknown;
    if (/json/.test(contentType)) {
      try {
        parsed = JSON.parse(Buffer.from(bytes).toString('utf8'));
      } catch {
        parsed = undefined;
      }
    }
    return { status: response.status, contentType, body: parsed as T, bytes };
  }

  /** Like {@link PlatformApi.request}, but anything but a 2xx is an error of the setup. */
  async ok<T = unknown>(method: string, path: string, body?: unknown): Promise<T> {
    const response = await this.request<T>(method, path, body === undefined ? {} : { body });
    if (response.status < 200 || response.status > 299) {
      throw new ConformanceError(
        'ERR_PLATFORM_SETUP',
        `${method} ${path} answered ${response.status}: ${JSON.stringify(response.body).slice(0, 300)}`,
        {
          details: { status: response.status, body: response.body as unknown },
        },
      );
    }
    return response.body;
  }

  /** Drops the cached token (new storage: sign in again). */
  forgetToken(): void {
    if ('password' in this.manifest.admin) this.token = undefined;
  }

  /** Waits until the platform answers HTTP (after a start or restart). */
  async ready(timeoutMs = 60_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      try {
        const response = await fetch(`${this.base}/healthz`);
        if (response.ok) return;
      } catch {}
      if (Date.now() > deadline)
        throw new ConformanceError('ERR_PLATFORM_SETUP', `the platform at ${this.base} does not answer`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  /** The administrator's bearer token (signing in with the manifest's password when needed). */
  async adminToken(): Promise<string> {
    if (this.token !== undefined) return this.token;
    const admin = this.manifest.admin as { username: string; password: string };
    const response = await fetch(`${this.base}/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: admin.username, password: admin.password }),
    });
    const body = (await response.json().catch(() => ({}))) as { token?: string };
    if (!response.ok || typeof body.token !== 'string') {
      throw new ConformanceError(
        'ERR_PLATFORM_SETUP',
        `the admin credential was refused (${response.status})`,
      );
    }
    this.token = body.token;
    return body.token;
  }
}
