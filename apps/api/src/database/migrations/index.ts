import { Foundation1795598262694 } from './1795598262694-foundation';

/** Migrations in the order they run. */
export const MIGRATIONS = [Foundation1795598262694];
