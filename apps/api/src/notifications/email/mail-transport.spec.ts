import { UnrecoverableError } from 'bullmq';
import { EntityManager } from 'typeorm';
import { startSmtpSink } from '../../../test/smtp-sink';
import { loadConfig } from '../../config/app-config';
import { OutgoingEmail } from './email-composer';
import { MailTransport } from './mail-transport';

const email: OutgoingEmail = {
  to: 'sanne@example.nl',
  subject: 'Één bericht',
  text: 'Hallo Sanne,\n\nTot ziens.\n',
  html: '<p>Hallo Sanne,</p>',
  headers: { 'List-Unsubscribe': '<http://localhost:3000/afmelden?token=abc.def>' },
  messageId: '<event.recipient@localhost>',
};
const noManager = {} as EntityManager;

describe('MailTransport over SMTP', () => {
  it('sends from MAIL_FROM with the message id and headers', async () => {
    const sink = await startSmtpSink();
    const transport = new MailTransport(loadConfig({ SMTP_URL: sink.url, MAIL_FROM: 'Meedoen <noreply@meedoen.nl>' }));
    try {
      await transport.send(noManager, email);
      expect(sink.received).toHaveLength(1);
      expect(sink.received[0]).toMatchObject({ to: ['sanne@example.nl'], subject: 'Één bericht', messageId: '<event.recipient@localhost>' });
      expect(sink.received[0].headers.from).toBe('Meedoen <noreply@meedoen.nl>');
      expect(sink.received[0].headers['list-unsubscribe']).toBe('<http://localhost:3000/afmelden?token=abc.def>');
      expect(sink.received[0].text).toContain('Tot ziens.');
    } finally {
      transport.onApplicationShutdown();
      await sink.close();
    }
  });

  it('fails in a way that is retried when the mail server cannot be reached', async () => {
    const transport = new MailTransport(loadConfig({ SMTP_URL: 'smtp://127.0.0.1:1' }));
    try {
      const failure = await transport.send(noManager, email).then(() => null, (error: Error) => error);
      expect(failure?.message).toMatch(/ECONNREFUSED/);
      expect(failure).not.toBeInstanceOf(UnrecoverableError);
    } finally {
      transport.onApplicationShutdown();
    }
  });
});
