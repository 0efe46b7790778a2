import { Injectable, Logger, OnApplicationBootstrap, OnModuleInit } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { UnrecoverableError } from 'bullmq';
import { IsNull, Repository } from 'typeorm';
import { EventProcessor, EventProcessors, OutboxJob } from '../outbox/event-processors';
import { idForKey } from '../outbox/outbox-key';
import { scheduleRepeatableEvent } from '../outbox/repeatable-events';
import { BullQueues } from '../queue/bull-queues';
import { QUEUES } from '../queue/queue-names';
import { User } from '../users/user.entity';
import { DigestItem } from './digest-item.entity';
import { EmailComposer } from './email/email-composer';
import { MailTransport } from './email/mail-transport';
import { DigestFrequency, NotificationCategory } from './notification-categories';
import { SendLog } from './send-log';

export const SEND_DIGESTS = 'send-digests';
export const DIGEST_TIME_ZONE = 'Europe/Amsterdam';
/** Daily at 8:00, weekly on Monday at 8:00, Dutch time. */
export const DIGEST_SCHEDULES: Record<DigestFrequency, string> = { daily: '0 8 * * *', weekly: '0 8 * * 1' };

export interface SendDigestsPayload {
  frequency: DigestFrequency;
}

/** Sends each person with waiting digest items one e-mail that sums them up; a repeatable job per frequency. */
@Injectable()
export class DigestSender implements EventProcessor<SendDigestsPayload>, OnModuleInit, OnApplicationBootstrap {
  readonly type = SEND_DIGESTS;
  private readonly logger = new Logger('Digests');

  constructor(
    private readonly processors: EventProcessors,
    private readonly queues: BullQueues,
    @InjectRepository(DigestItem) private readonly items: Repository<DigestItem>,
    @InjectRepository(User) private readonly users: Repository<User>,
    private readonly sendLog: SendLog,
    private readonly composer: EmailComposer,
    private readonly mail: MailTransport,
  ) {}

  onModuleInit() {
    this.processors.register(this);
  }

  onApplicationBootstrap() {
    for (const [frequency, pattern] of Object.entries(DIGEST_SCHEDULES)) {
      scheduleRepeatableEvent(
        this.queues,
        {
          queue: QUEUES.notifications,
          schedulerId: `digest-${frequency}`,
          repeat: { pattern, tz: DIGEST_TIME_ZONE },
          type: SEND_DIGESTS,
          payload: { frequency },
          description: `the ${frequency} digest`,
        },
        this.logger,
      );
    }
  }

  /** The run's job id keys each person's digest, so that a retried run sends nobody a second one. */
  async process(job: OutboxJob<SendDigestsPayload>): Promise<void> {
    await this.sendAll(job.payload.frequency, job.id);
  }

  async sendAll(frequency: DigestFrequency, runKey: string): Promise<number> {
    const recipients: { recipient_id: string }[] = await this.items.query(
      'SELECT DISTINCT recipient_id FROM digest_item WHERE digest_id IS NULL AND frequency = $1',
      [frequency],
    );
    let sent = 0;
    let failure: Error | undefined;
    for (const { recipient_id: recipientId } of recipients) {
      try {
        if (await this.sendOne(recipientId, frequency, runKey)) sent++;
      } catch (error) {
        // Carry on with the others. A refused address keeps its items for the next digest; any other
        // failure makes this run retry, which skips whoever already got theirs.
        if (error instanceof UnrecoverableError) this.logger.warn(`digest for ${recipientId} refused: ${error.message}`);
        else failure ??= error as Error;
      }
    }
    if (failure) throw failure;
    return sent;
  }

  private async sendOne(recipientId: string, frequency: DigestFrequency, runKey: string): Promise<boolean> {
    const recipient = await this.users.findOne({ where: { id: recipientId } });
    if (!recipient) return false;
    const digestId = idForKey(`digest:${runKey}:${recipientId}`);
    return this.sendLog.once({ eventId: digestId, recipientId, channel: 'email' }, async (manager) => {
      const items = await manager.getRepository(DigestItem).find({
        where: { recipientId, frequency, digestId: IsNull() },
        order: { createdAt: 'ASC' },
        lock: { mode: 'pessimistic_write' },
      });
      if (items.length === 0) return;
      const categories = [...new Set(items.map((item) => item.category))] as NotificationCategory[];
      const email = this.composer.compose(recipient, {
        deliveryId: digestId,
        subject: this.composer.digestSubject(recipient.language, frequency, items.length),
        sections: items.map((item) => ({ heading: item.title, lines: item.body.split('\n'), link: item.link })),
        unsubscribeFrom: categories,
      });
      await this.mail.send(manager, email);
      await manager.getRepository(DigestItem).update(items.map((item) => item.id), { digestId });
    });
  }
}
