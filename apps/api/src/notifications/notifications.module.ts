import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { User } from '../users/user.entity';
import { DevMailboxController } from './dev-mailbox.controller';
import { DevMailboxService } from './dev-mailbox.service';
import { NotificationPreference } from './notification-preference.entity';
import { NotificationPreferencesController } from './notification-preferences.controller';
import { Notification } from './notification.entity';
import { NotificationsController } from './notifications.controller';
import { NotificationsService } from './notifications.service';
import { DevMailboxPageController } from './pages/dev-mailbox-page.controller';
import { UnsubscribePageController } from './pages/unsubscribe-page.controller';
import { PreferencesService } from './preferences.service';
import { StoredEmail } from './stored-email.entity';
import { UnsubscribeTokens } from './unsubscribe-tokens';
import { UnsubscriptionsService } from './unsubscriptions.service';

/** The API side: in-app notifications, preferences, unsubscribe links and the dev mailbox. */
@Module({
  imports: [TypeOrmModule.forFeature([Notification, NotificationPreference, StoredEmail, User])],
  controllers: [NotificationsController, NotificationPreferencesController, DevMailboxController, UnsubscribePageController, DevMailboxPageController],
  providers: [NotificationsService, PreferencesService, UnsubscribeTokens, UnsubscriptionsService, DevMailboxService],
})
export class NotificationsModule {}
