import { useId } from 'react';

export interface FieldIds {
  inputId: string;
  descriptionId: string;
  errorId: string;
  /** Value for aria-describedby: the description and the error, when shown. */
  describedBy: string | undefined;
}

export function describedByIds(ids: { descriptionId?: string; errorId?: string }): string | undefined {
  const present = [ids.descriptionId, ids.errorId].filter(Boolean);
  return present.length > 0 ? present.join(' ') : undefined;
}

export function useFieldIds({ hasDescription, hasError }: { hasDescription: boolean; hasError: boolean }): FieldIds {
  const inputId = useId();
  const descriptionId = `${inputId}-description`;
  const errorId = `${inputId}-error`;
  return {
    inputId,
    descriptionId,
    errorId,
    describedBy: describedByIds({
      descriptionId: hasDescription ? descriptionId : undefined,
      errorId: hasError ? errorId : undefined,
    }),
  };
}
