import { decodeToken, isExpired, type SessionUser } from '../lib/token';

// The sign-in token lives in sessionStorage: it is gone when the tab closes, and other tabs or sites cannot read it.
const KEY = 'lagesbild.token';

export function storedToken(): string | null {
  const token = window.sessionStorage.getItem(KEY);
  if (!token) return null;
  const user = decodeToken(token);
  if (!user || isExpired(user)) {
    window.sessionStorage.removeItem(KEY);
    return null;
  }
  return token;
}

export function storeToken(token: string): void {
  window.sessionStorage.setItem(KEY, token);
}

export function clearToken(): void {
  window.sessionStorage.removeItem(KEY);
}

export function currentUser(): SessionUser | null {
  const token = storedToken();
  return token ? decodeToken(token) : null;
}
