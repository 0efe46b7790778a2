import { useCallback, useEffect, useState } from 'react';
import { apiRequest } from './client';
import { toApiProblem, type ApiProblem } from './problem';

export type QueryState<T> =
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'error'; problem: ApiProblem }
  | { status: 'success'; data: T };

/**
 * Loads `GET path` and follows it: a new path loads again, a stale answer is dropped.
 * Pass null to wait (for example until the user is known).
 */
export function useApiQuery<T>(path: string | null): QueryState<T> & { reload: () => void } {
  const [state, setState] = useState<QueryState<T>>(path ? { status: 'loading' } : { status: 'idle' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    if (path === null) {
      setState({ status: 'idle' });
      return;
    }
    const controller = new AbortController();
    setState({ status: 'loading' });
    apiRequest<T>(path, { signal: controller.signal }).then(
      (data) => {
        if (!controller.signal.aborted) setState({ status: 'success', data });
      },
      (error: unknown) => {
        if (!controller.signal.aborted) setState({ status: 'error', problem: toApiProblem(error) });
      },
    );
    return () => controller.abort();
  }, [path, attempt]);

  const reload = useCallback(() => setAttempt((count) => count + 1), []);
  return { ...state, reload };
}
