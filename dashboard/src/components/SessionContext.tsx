import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { clearToken, currentUser, storeToken } from '../app/session';
import type { SessionUser } from '../lib/token';

// Whoever changes the stored token (sign-in, sign-out, or the GraphQL client on an UNAUTHENTICATED answer) fires
// this event, so every part of the page sees the same user.
export const SESSION_CHANGED = 'lagesbild:session';

interface SessionState {
  /** The signed-in user, or null (not signed in; the graph may still answer while sign-in is not enforced). */
  user: SessionUser | null;
  signIn(token: string): void;
  signOut(): void;
}

const SessionContext = createContext<SessionState | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const [user, setUser] = useState<SessionUser | null>(currentUser);
  useEffect(() => {
    const update = () => setUser(currentUser());
    window.addEventListener(SESSION_CHANGED, update);
    return () => window.removeEventListener(SESSION_CHANGED, update);
  }, []);
  const signIn = useCallback((token: string) => {
    storeToken(token);
    window.dispatchEvent(new Event(SESSION_CHANGED));
  }, []);
  const signOut = useCallback(() => {
    clearToken();
    window.dispatchEvent(new Event(SESSION_CHANGED));
  }, []);
  const value = useMemo(() => ({ user, signIn, signOut }), [user, signIn, signOut]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionState {
  const state = useContext(SessionContext);
  if (!state) throw new Error('useSession outside SessionProvider');
  return state;
}
