import { Foundation1795598262694 } from './1795598262694-foundation';
import { Caseload1795601457158 } from './1795601457158-caseload';
import { Intakes1795601621724 } from './1795601621724-intakes';
import { Appointments1795601839546 } from './1795601839546-appointments';
import { Placements1795602030670 } from './1795602030670-placements';
import { Retention1795602506607 } from './1795602506607-retention';

/** Migrations in the order they run. */
export const MIGRATIONS = [Foundation1795598262694, Caseload1795601457158, Intakes1795601621724, Appointments1795601839546, Placements1795602030670, Retention1795602506607];
