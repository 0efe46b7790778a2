import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { User } from '../users/user.entity';
import { DigestItem } from './digest-item.entity';
import { DigestSender } from './digest-sender';
import { EmailComposer } from './email/email-composer';
import { MailTransport } from './email/mail-transport';
import { NotificationDispatcher } from './notification-dispatcher';
import { NotificationPreference } from './notification-preference.entity';
import { PreferencesService } from './preferences.service';
import { SendLog } from './send-log';
import { UnsubscribeTokens } from './unsubscribe-tokens';

/** The worker side: delivers 'notify' jobs in-app and by e-mail, and sends the digests. */
@Module({
  imports: [TypeOrmModule.forFeature([User, DigestItem, NotificationPreference])],
  providers: [NotificationDispatcher, DigestSender, SendLog, EmailComposer, MailTransport, PreferencesService, UnsubscribeTokens],
  exports: [NotificationDispatcher, DigestSender],
})
export class NotificationsWorkerModule {}
