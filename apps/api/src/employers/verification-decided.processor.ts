import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Notifier } from '../notifications/notifier';
import { EventProcessor, EventProcessors, OutboxJob } from '../outbox/event-processors';
import { User } from '../users/user.entity';
import { EMPLOYER_VERIFICATION_DECIDED, VerificationDecided } from './employer-events';

/** Tells everyone who works for the employer about the decision (a required message: in-app and e-mail). */
@Injectable()
export class VerificationDecidedProcessor implements EventProcessor<VerificationDecided>, OnModuleInit {
  readonly type = EMPLOYER_VERIFICATION_DECIDED;

  constructor(
    private readonly processors: EventProcessors,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly notifier: Notifier,
  ) {}

  onModuleInit() {
    this.processors.register(this);
  }

  async process(job: OutboxJob<VerificationDecided>): Promise<void> {
    const { employerId, organisation, decision, reason } = job.payload;
    await this.dataSource.transaction(async (manager) => {
      const people = await manager.getRepository(User).find({ where: { employerId }, select: { id: true } });
      await this.notifier.notify(manager, {
        key: job.id,
        recipientIds: people.map((person) => person.id),
        template: 'employer-verification-decided',
        params: { organisation, decision, reason },
        link: '/werkgevers/',
      });
    });
  }
}
