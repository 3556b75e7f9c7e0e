import type { LoginResult, User } from './api-types';

/** The logged-in user and their bearer token, kept for this browser tab only. */
export interface Session {
  token: string;
  expiresAt: string;
  user: User;
}

const KEY = 'weldcode.session';

/** The current session, or undefined when logged out or expired. */
export function currentSession(): Session | undefined {
  const raw = sessionStorage.getItem(KEY);
  if (raw === null) return undefined;
  try {
    const session = JSON.parse(raw) as Session;
    if (Date.parse(session.expiresAt) <= Date.now()) return clearSession();
    return session;
  } catch {
    return clearSession();
  }
}

export function saveSession(login: LoginResult): Session {
  const session: Session = { token: login.token, expiresAt: login.expiresAt, user: login.user };
  sessionStorage.setItem(KEY, JSON.stringify(session));
  return session;
}

export function clearSession(): undefined {
  sessionStorage.removeItem(KEY);
  return undefined;
}
