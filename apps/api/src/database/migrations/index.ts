import { Foundation1795598262694 } from './1795598262694-foundation';
import { Casework1795602826463 } from './1795602826463-casework';

/** Migrations in the order they run. */
export const MIGRATIONS = [Foundation1795598262694, Casework1795602826463];
