import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { Language, User } from '../users/user.entity';
import { NotificationCategory } from './notification-categories';
import { PreferencesService } from './preferences.service';
import { UnsubscribeTokens } from './unsubscribe-tokens';

export interface UnsubscribeLink {
  userId: string;
  language: Language;
  categories: NotificationCategory[];
}

/** The unsubscribe links in e-mails: checked by their signature, no sign-in needed. */
@Injectable()
export class UnsubscriptionsService {
  constructor(
    private readonly tokens: UnsubscribeTokens,
    private readonly preferences: PreferencesService,
    @InjectRepository(User) private readonly users: Repository<User>,
  ) {}

  /** What the link would stop, or null for a link that is not valid (changed, or its account is gone). */
  async describe(token: string): Promise<UnsubscribeLink | null> {
    const unsubscription = this.tokens.verify(token);
    if (!unsubscription) return null;
    const user = await this.users.findOne({ where: { id: unsubscription.userId }, select: { id: true, language: true } });
    return user ? { userId: user.id, language: user.language, categories: unsubscription.categories } : null;
  }

  /** Stops e-mail for the link's categories (they stay in the app); null for a link that is not valid. */
  async unsubscribe(token: string): Promise<UnsubscribeLink | null> {
    const link = await this.describe(token);
    if (link) await this.preferences.stopEmail(link.userId, link.categories);
    return link;
  }
}
