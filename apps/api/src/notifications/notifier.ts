import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { OutboxService } from '../outbox/outbox.service';
import { QUEUES } from '../queue/queue-names';
import { templateOf, TemplateId, TemplateParams } from './templates';

/** Outbox event type of one notification to one recipient. */
export const NOTIFY = 'notify';

export interface NotifyRequest {
  recipientIds: string[];
  /** Decides the words, the category (and so the recipient's preferences) and whether the message is required. */
  template: TemplateId;
  params?: TemplateParams;
  /** A path inside the product the message points to, e.g. '/werkgevers/'. */
  link?: string;
  /** Match alerts: only recipients whose threshold this score (0-100) reaches are told. */
  matchScore?: number;
  /**
   * Makes the fan-out idempotent: a processor passes its own job id, so that running it again adds
   * no second notification. Without a key every call notifies.
   */
  key?: string;
  /** Deliver no earlier than this. */
  runAt?: Date;
}

/** The 'notify' job: one recipient, delivered in-app and by e-mail (or digest) as the recipient prefers. */
export interface NotifyPayload {
  recipientId: string;
  template: TemplateId;
  params: TemplateParams;
  link: string | null;
  matchScore: number | null;
}

/** Tells people something, through the outbox: call it inside the transaction of the change that causes it. */
@Injectable()
export class Notifier {
  constructor(private readonly outbox: OutboxService) {}

  /** One outbox row per recipient (so that a missing recipient fails alone); returns the row ids. */
  async notify(manager: EntityManager, request: NotifyRequest): Promise<string[]> {
    if (!templateOf(request.template)) throw new Error(`Unknown notification template "${request.template}"`);
    if (request.link !== undefined && !request.link.startsWith('/')) throw new Error('A notification link is a path inside the product');
    const recipients = [...new Set(request.recipientIds)];
    return this.outbox.add(
      manager,
      recipients.map((recipientId) => ({
        type: NOTIFY,
        queue: QUEUES.notifications,
        key: request.key === undefined ? undefined : `${request.key}:${request.template}:${recipientId}`,
        runAt: request.runAt,
        payload: {
          recipientId,
          template: request.template,
          params: request.params ?? {},
          link: request.link ?? null,
          matchScore: request.matchScore ?? null,
        } satisfies NotifyPayload,
      })),
    );
  }
}
