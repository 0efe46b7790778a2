export const MAINTENANCE_QUEUE = 'maintenance';
export const PURGE_EXPIRED_SESSIONS = 'purge-expired-sessions';
/** Ended sessions are kept this long (for support questions), then deleted. */
export const SESSION_RETENTION_DAYS = 30;
