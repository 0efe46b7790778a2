import { Foundation1795598262694 } from './1795598262694-foundation';
import { Caseload1795601457158 } from './1795601457158-caseload';

/** Migrations in the order they run. */
export const MIGRATIONS = [Foundation1795598262694, Caseload1795601457158];
