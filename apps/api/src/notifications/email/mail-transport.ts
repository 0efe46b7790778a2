import { connect, Socket } from 'node:net';
import { Injectable, OnApplicationShutdown } from '@nestjs/common';
import { UnrecoverableError } from 'bullmq';
import nodemailer, { Transporter } from 'nodemailer';
import MailComposer from 'nodemailer/lib/mail-composer';
import SMTPPool from 'nodemailer/lib/smtp-pool';
import { EntityManager } from 'typeorm';
import { AppConfig } from '../../config/app-config';
import { StoredEmail } from '../stored-email.entity';
import { OutgoingEmail } from './email-composer';

/**
 * Sends e-mail over SMTP (SMTP_URL, pooled connections). Without SMTP it stores the e-mail in the caller's
 * transaction, for the dev mailbox. A permanent refusal (5xx) fails the job at once; anything else is retried.
 */
@Injectable()
export class MailTransport implements OnApplicationShutdown {
  private readonly smtp: Transporter | null;

  constructor(private readonly config: AppConfig) {
    if (!config.smtpUrl) {
      this.smtp = null;
      return;
    }
    this.smtp = nodemailer.createTransport(
      new SMTPPool({ pool: true, url: config.smtpUrl, maxConnections: config.workerConcurrency, getSocket: connectWithoutDelay }),
    );
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
    const { to, subject, text, html, headers, messageId } = email;
    // Built into one buffer first: streamed, nodemailer writes a message to the socket in a dozen small pieces.
    const mime = new MailComposer({ from: this.config.mailFrom, to, subject, text, html, headers, messageId }).compile();
    const raw = await mime.build();
    try {
      await this.smtp.sendMail({ envelope: mime.getEnvelope(), raw });
    } catch (error) {
      const code = (error as { responseCode?: number }).responseCode;
      if (code !== undefined && code >= 500) throw new UnrecoverableError(`The mail server refused the message (${(error as Error).message})`);
      throw error;
    }
  }

  /** After the workers stopped (onModuleDestroy), so that running jobs can still send. */
  onApplicationShutdown() {
    this.smtp?.close();
  }
}

const CONNECT_TIMEOUT_MS = 10_000;

/**
 * Opens the SMTP connection with Nagle's algorithm off. With it on, the end of every message waits for the
 * server's delayed ACK (about 40 ms), which limited a pooled connection to some 20 messages per second.
 * nodemailer then speaks SMTP over this socket, with TLS for smtps:// or STARTTLS as usual.
 */
function connectWithoutDelay(options: SMTPPool.Options, callback: (error: Error | null, socketOptions?: { connection: Socket }) => void) {
  const socket = connect({ host: options.host ?? 'localhost', port: options.port ?? (options.secure ? 465 : 587), noDelay: true });
  const fail = (error: Error) => callback(error);
  socket.setTimeout(CONNECT_TIMEOUT_MS, () => socket.destroy(new Error(`No connection to the mail server within ${CONNECT_TIMEOUT_MS} ms`)));
  socket.once('error', fail);
  socket.once('connect', () => {
    socket.setTimeout(0);
    socket.off('error', fail);
    callback(null, { connection: socket });
  });
}
