import { Foundation1795598262694 } from './1795598262694-foundation';
import { Notifications1795601216786 } from './1795601216786-notifications';

/** Migrations in the order they run. */
export const MIGRATIONS = [Foundation1795598262694, Notifications1795601216786];
