import { useCallback, useState } from 'react';
import { toApiProblem, type ApiProblem } from '@meedoen/web';

/** Runs one button's API call: busy while it runs, the problem when it fails, a message for the status line when it worked. */
export function useAction() {
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<ApiProblem>();
  const [message, setMessage] = useState<string>();

  const run = useCallback(async (action: () => Promise<unknown>, done: string): Promise<boolean> => {
    setBusy(true);
    setProblem(undefined);
    setMessage(undefined);
    try {
      await action();
      setMessage(done);
      return true;
    } catch (caught) {
      setProblem(toApiProblem(caught));
      return false;
    } finally {
      setBusy(false);
    }
  }, []);

  return { busy, problem, message, run };
}
