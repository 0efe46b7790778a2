import { QUEUES } from '../queue/queue-names';

export const MAINTENANCE_QUEUE = QUEUES.maintenance;
export const PURGE_EXPIRED_SESSIONS = 'purge-expired-sessions';
export const PURGE_DELIVERY_HISTORY = 'purge-delivery-history';
/** Ended sessions are kept this long (for support questions), then deleted. */
export const SESSION_RETENTION_DAYS = 30;
/** Relayed outbox rows are kept this long (to look into a problem), then deleted. */
export const OUTBOX_RETENTION_DAYS = 7;
/** The send log outlives the failed jobs (kept 30 days) that an administrator may still retry. */
export const SEND_LOG_RETENTION_DAYS = 90;
