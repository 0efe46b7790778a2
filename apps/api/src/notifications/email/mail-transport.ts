import { Injectable, OnModuleDestroy } from '@nestjs/common';
import { UnrecoverableError } from 'bullmq';
import nodemailer, { Transporter } from 'nodemailer';
import { EntityManager } from 'typeorm';
import { AppConfig } from '../../config/app-config';
import { StoredEmail } from '../stored-email.entity';
import { OutgoingEmail } from './email-composer';

/**
 * Sends e-mail over SMTP (SMTP_URL, pooled connections). Without SMTP it stores the e-mail in the caller's
 * transaction, for the dev mailbox. A permanent refusal (5xx) fails the job at once; anything else is retried.
 */
@Injectable()
export class MailTransport implements OnModuleDestroy {
  private readonly smtp: Transporter | null;

  constructor(private readonly config: AppConfig) {
    if (!config.smtpUrl) {
      this.smtp = null;
      return;
    }
    const url = new URL(config.smtpUrl);
    url.searchParams.set('pool', 'true');
    url.searchParams.set('maxConnections', String(config.workerConcurrency));
    this.smtp = nodemailer.createTransport(url.toString());
  }

  async send(manager: EntityManager, email: OutgoingEmail): Promise<void> {
    if (!this.smtp) {
      await manager.getRepository(StoredEmail).insert({
        recipient: email.to,
        subject: email.subject,
        text: email.text,
        html: email.html,
        headers: email.headers,
        messageId: email.messageId,
      });
      return;
    }
    try {
      await this.smtp.sendMail({
        from: this.config.mailFrom,
        to: email.to,
        subject: email.subject,
        text: email.text,
        html: email.html,
        headers: email.headers,
        messageId: email.messageId,
      });
    } catch (error) {
      const code = (error as { responseCode?: number }).responseCode;
      if (code !== undefined && code >= 500) throw new UnrecoverableError(`The mail server refused the message (${(error as Error).message})`);
      throw error;
    }
  }

  onModuleDestroy() {
    this.smtp?.close();
  }
}
