import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { UnrecoverableError } from 'bullmq';
import { EntityManager, Repository } from 'typeorm';
import { EventProcessor, EventProcessors, OutboxJob } from '../outbox/event-processors';
import { User } from '../users/user.entity';
import { deliveryPlan } from './delivery-plan';
import { DigestItem } from './digest-item.entity';
import { EmailComposer } from './email/email-composer';
import { MailTransport } from './email/mail-transport';
import { CategoryPreference, DeliveryChannel, DigestFrequency } from './notification-categories';
import { Notification } from './notification.entity';
import { NOTIFY, NotifyPayload } from './notifier';
import { PreferencesService } from './preferences.service';
import { SendLog } from './send-log';
import { MessageText, NotificationTemplate, templateOf } from './templates';

interface Delivery {
  eventId: string;
  recipient: User;
  templateId: string;
  template: NotificationTemplate;
  message: MessageText;
  link: string | null;
  preference: CategoryPreference;
}

/** Runs 'notify' jobs: one recipient, in-app and e-mail (or digest) as preferred, each channel once. */
@Injectable()
export class NotificationDispatcher implements EventProcessor<NotifyPayload>, OnModuleInit {
  readonly type = NOTIFY;

  constructor(
    private readonly processors: EventProcessors,
    @InjectRepository(User) private readonly users: Repository<User>,
    private readonly preferences: PreferencesService,
    private readonly sendLog: SendLog,
    private readonly composer: EmailComposer,
    private readonly mail: MailTransport,
  ) {}

  onModuleInit() {
    this.processors.register(this);
  }

  async process(job: OutboxJob<NotifyPayload>): Promise<void> {
    const { recipientId, template: templateId, params, link, matchScore } = job.payload;
    const template = templateOf(templateId);
    if (!template) throw new UnrecoverableError(`Unknown notification template "${templateId}"`);
    const recipient = await this.users.findOne({ where: { id: recipientId } });
    if (!recipient) throw new UnrecoverableError(`The recipient ${recipientId} no longer exists`);
    const preference = await this.preferences.of(recipient.id, template.category);
    const message = template.text[recipient.language](params, recipient);
    const delivery: Delivery = { eventId: job.id, recipient, templateId, template, message, link, preference };
    for (const channel of deliveryPlan(template, preference, matchScore)) {
      await this.sendLog.once({ eventId: job.id, recipientId, channel }, (manager) => this.deliver(channel, delivery, manager));
    }
  }

  private async deliver(channel: DeliveryChannel, delivery: Delivery, manager: EntityManager): Promise<void> {
    const { eventId, recipient, template, message, link } = delivery;
    const text = { title: message.title, body: message.lines.join('\n'), link };
    if (channel === 'in-app') {
      await manager.getRepository(Notification).insert({ userId: recipient.id, eventId, category: template.category, template: delivery.templateId, ...text });
    } else if (channel === 'digest') {
      const frequency = delivery.preference.frequency as DigestFrequency;
      await manager.getRepository(DigestItem).insert({ recipientId: recipient.id, eventId, category: template.category, frequency, ...text });
    } else {
      const email = this.composer.compose(recipient, {
        deliveryId: eventId,
        subject: message.title,
        sections: [{ lines: message.lines, link }],
        unsubscribeFrom: template.required ? [] : [template.category],
      });
      await this.mail.send(manager, email);
    }
  }
}
