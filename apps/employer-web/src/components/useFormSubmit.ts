import type { ApiProblem } from '@meedoen/web';
import { useState } from 'react';
import { splitProblem, type FieldErrors } from '../organisation/organisation-form';
import { focusFirstError } from './focus-first-error';

/**
 * The submit of a form: our own checks first (the first wrong field gets focus), then the API call; the API's
 * field errors go next to the fields named in `fields`, anything else into `problem`.
 */
export function useFormSubmit<Field extends string>(fields: readonly Field[], container: string) {
  const [errors, setErrors] = useState<FieldErrors<Field>>({});
  const [problem, setProblem] = useState<ApiProblem>();
  const [busy, setBusy] = useState(false);

  const submit = async (own: FieldErrors<Field>, send: () => Promise<void>) => {
    setProblem(undefined);
    setErrors(own);
    if (Object.values(own).some(Boolean)) return focusFirstError(container);
    setBusy(true);
    try {
      await send();
    } catch (error) {
      const split = splitProblem(error, fields);
      setErrors(split.fieldErrors);
      setProblem(split.problem);
      focusFirstError(container);
    } finally {
      setBusy(false);
    }
  };
  return { errors, problem, busy, submit };
}
