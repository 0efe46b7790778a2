import { QUEUES } from '../queue/queue-names';

export const MAINTENANCE_QUEUE = QUEUES.maintenance;
export const PURGE_EXPIRED_SESSIONS = 'purge-expired-sessions';
/** Ended sessions are kept this long (for support questions), then deleted. */
export const SESSION_RETENTION_DAYS = 30;
