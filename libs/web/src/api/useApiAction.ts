import { useCallback, useState } from 'react';
import { toApiProblem, type ApiProblem } from './problem';

export interface ApiActionOptions<Name extends string> {
  /** Which action runs, for pages with several buttons: `busyWith` tells which one shows as busy. */
  name?: Name;
  /** Shown as `message` (for a status line) once the action worked. */
  done?: string;
}

/** What `run` resolves with: the action's answer when it worked, undefined when it failed (see `problem`). */
export type ApiActionResult<T> = { value: T } | undefined;

export interface ApiAction<Name extends string = string> {
  /** True while any action runs. */
  busy: boolean;
  /** The name of the running action, if it was given one. */
  busyWith: Name | undefined;
  /** What went wrong in the last action. */
  problem: ApiProblem | undefined;
  /** The `done` text of the last action that worked. */
  message: string | undefined;
  run: <T>(action: () => Promise<T>, options?: ApiActionOptions<Name>) => Promise<ApiActionResult<T>>;
  clearProblem: () => void;
}

/**
 * Runs one change against the API at a time: busy while it runs, the problem when it fails, an optional message
 * for the status line when it worked.
 */
export function useApiAction<Name extends string = string>(): ApiAction<Name> {
  const [running, setRunning] = useState<{ name?: Name }>();
  const [problem, setProblem] = useState<ApiProblem>();
  const [message, setMessage] = useState<string>();

  const run = useCallback(async <T>(action: () => Promise<T>, { name, done }: ApiActionOptions<Name> = {}): Promise<ApiActionResult<T>> => {
    setRunning({ name });
    setProblem(undefined);
    setMessage(undefined);
    try {
      const value = await action();
      setMessage(done);
      return { value };
    } catch (error) {
      setProblem(toApiProblem(error));
      return undefined;
    } finally {
      setRunning(undefined);
    }
  }, []);
  const clearProblem = useCallback(() => setProblem(undefined), []);

  return { busy: running !== undefined, busyWith: running?.name, problem, message, run, clearProblem };
}
