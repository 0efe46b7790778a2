import { toApiProblem, type ApiProblem } from '@meedoen/web';
import { useCallback, useState } from 'react';

/** Runs one change at a time against the API, keeping whether it is busy and the problem it ran into. */
export function useAction() {
  const [busy, setBusy] = useState<string | null>(null);
  const [problem, setProblem] = useState<ApiProblem>();
  const run = useCallback(async (name: string, action: () => Promise<void>): Promise<boolean> => {
    setBusy(name);
    setProblem(undefined);
    try {
      await action();
      return true;
    } catch (error) {
      setProblem(toApiProblem(error));
      return false;
    } finally {
      setBusy(null);
    }
  }, []);
  return { busy, problem, run, clearProblem: () => setProblem(undefined) };
}
