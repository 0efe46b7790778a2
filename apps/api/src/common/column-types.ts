import { ValueTransformer } from 'typeorm';

/** PostgreSQL returns numeric as a string (to keep precision); money amounts here fit a double. */
export const NUMERIC_AS_NUMBER: ValueTransformer = {
  to: (value: number | null | undefined) => value,
  from: (value: string | null) => (value === null ? null : Number(value)),
};
