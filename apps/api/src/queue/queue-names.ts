/** Every BullMQ queue of the product. */
export const QUEUES = {
  /** Domain events from the outbox; their processors decide who is told what. */
  events: 'events',
  /** One job per recipient from the outbox (deliver in-app and by e-mail), and the digests. */
  notifications: 'notifications',
  /** Periodic housekeeping. */
  maintenance: 'maintenance',
} as const;
export type QueueName = (typeof QUEUES)[keyof typeof QUEUES];

/** The queues the outbox relay feeds and the worker's event processors consume. */
export const OUTBOX_QUEUES = [QUEUES.events, QUEUES.notifications] as const;
export type OutboxQueueName = (typeof OUTBOX_QUEUES)[number];
