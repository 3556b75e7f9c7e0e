import { ConsoleError } from '../console-error';
import { clearSession, currentSession } from './session';

/** The API's origin: the console is served by the server it talks to. */
const API_BASE = '';

async function send(method: string, path: string, body?: unknown): Promise<Response> {
  const headers: Record<string, string> = { accept: 'application/json' };
  const token = currentSession()?.token;
  if (token !== undefined) headers.authorization = `Bearer ${token}`;
  if (body !== undefined) headers['content-type'] = 'application/json';
  let response: Response;
  try {
    response = await fetch(`${API_BASE}${path}`, {
      method,
      headers,
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  } catch (cause) {
    throw new ConsoleError('ERR_CONSOLE_NETWORK', 'the server cannot be reached', { cause });
  }
  if (response.ok) return response;
  throw await problemError(response, path);
}

/** Turns an RFC 9457 problem document into a ConsoleError that keeps the server's `code`. */
async function problemError(response: Response, path: string): Promise<ConsoleError> {
  let problem: { title?: string; detail?: string; code?: string } = {};
  try {
    problem = (await response.json()) as typeof problem;
  } catch {
    // Not a problem document (a proxy's error page, say): the status alone tells what happened.
  }
  const details = { status: response.status, path, problemCode: problem.code };
  const message = problem.detail ?? problem.title ?? `HTTP ${response.status}`;
  if (response.status === 401 && !path.startsWith('/v1/auth/')) {
    clearSession();
    return new ConsoleError('ERR_CONSOLE_UNAUTHENTICATED', message, { details });
  }
  return new ConsoleError('ERR_CONSOLE_API', message, { details });
}

/** GET a JSON document. */
export async function getJson<T>(path: string): Promise<T> {
  const response = await send('GET', path);
  try {
    return (await response.json()) as T;
  } catch (cause) {
    throw new ConsoleError('ERR_CONSOLE_NETWORK', `${path} did not answer JSON`, { cause });
  }
}

/** POST a JSON body and read the JSON answer (an empty answer gives undefined). */
export async function postJson<T>(path: string, body: unknown): Promise<T> {
  const response = await send('POST', path, body);
  const text = await response.text();
  return (text === '' ? undefined : JSON.parse(text)) as T;
}

/** GET a file with the session's token and hand it to the browser as a download. */
export async function download(path: string, fileName: string): Promise<void> {
  const response = await send('GET', path);
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A query string from the defined values of `params`. */
export function query(params: Record<string, string | number | undefined>): string {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(params))
    if (value !== undefined) search.set(name, String(value));
  const text = search.toString();
  return text === '' ? '' : `?${text}`;
}
