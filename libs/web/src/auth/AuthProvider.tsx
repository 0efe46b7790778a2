import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { apiRequest, toApiProblem, type ApiProblem } from '../api';
import { useLanguage, type Language } from '../i18n';
import type { SessionResponse, User } from './user';

export type AuthState =
  | { status: 'checking' }
  /** `problem` is set when the session could not be checked at all (API down), as opposed to "not signed in". */
  | { status: 'signed-out'; problem?: ApiProblem }
  | { status: 'signed-in'; user: User };

export interface AuthContextValue {
  state: AuthState;
  user: User | null;
  signIn: (email: string, password: string) => Promise<User>;
  signOut: () => Promise<void>;
  saveLanguage: (language: Language) => Promise<void>;
}

const AuthContext = createContext<AuthContextValue | null>(null);

const UNAUTHORIZED = 401;

/**
 * Knows who is signed in. The session lives in an HttpOnly cookie the API sets, so the token in the
 * sign-in answer is deliberately not kept. Once signed in, the language saved in the profile wins.
 */
export function AuthProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<AuthState>({ status: 'checking' });
  const { setLanguage } = useLanguage();

  const becomeSignedIn = useCallback(
    (user: User) => {
      setState({ status: 'signed-in', user });
      setLanguage(user.language);
    },
    [setLanguage],
  );

  useEffect(() => {
    const controller = new AbortController();
    apiRequest<User>('/users/me', { signal: controller.signal }).then(becomeSignedIn, (error: unknown) => {
      if (controller.signal.aborted) return;
      const problem = toApiProblem(error);
      setState(problem.status === UNAUTHORIZED ? { status: 'signed-out' } : { status: 'signed-out', problem });
    });
    return () => controller.abort();
  }, [becomeSignedIn]);

  const signIn = useCallback(
    async (email: string, password: string) => {
      const session = await apiRequest<SessionResponse>('/sessions', { method: 'POST', body: { email, password } });
      becomeSignedIn(session.user);
      return session.user;
    },
    [becomeSignedIn],
  );

  const signOut = useCallback(async () => {
    try {
      await apiRequest<void>('/sessions/current', { method: 'DELETE' });
    } catch (error) {
      // An already expired session is signed out too; anything else must stay visible.
      if (toApiProblem(error).status !== UNAUTHORIZED) throw error;
    }
    setState({ status: 'signed-out' });
  }, []);

  const saveLanguage = useCallback(async (language: Language) => {
    const user = await apiRequest<User>('/users/me', { method: 'PATCH', body: { language } });
    setState({ status: 'signed-in', user });
  }, []);

  const value = useMemo<AuthContextValue>(
    () => ({ state, user: state.status === 'signed-in' ? state.user : null, signIn, signOut, saveLanguage }),
    [state, signIn, signOut, saveLanguage],
  );
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): AuthContextValue {
  const context = useContext(AuthContext);
  if (!context) throw new Error('useAuth needs an <AuthProvider> around it.');
  return context;
}
