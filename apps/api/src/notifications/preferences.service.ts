import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { badRequest } from '../common/problem';
import {
  CategoryPreference,
  DEFAULT_MATCH_SCORE_THRESHOLD,
  DEFAULT_PREFERENCES,
  Frequency,
  NOTIFICATION_CATEGORIES,
  NotificationCategory,
  PreferenceChannel,
} from './notification-categories';
import { NotificationPreference } from './notification-preference.entity';

export type Preferences = Record<NotificationCategory, CategoryPreference>;

export interface PreferenceChoice {
  category: NotificationCategory;
  channel: PreferenceChannel;
  frequency: Frequency;
  matchScoreThreshold?: number | null;
}

/** People's choices per category, with the defaults for what they did not choose. */
@Injectable()
export class PreferencesService {
  constructor(@InjectRepository(NotificationPreference) private readonly preferences: Repository<NotificationPreference>) {}

  async forUser(userId: string): Promise<Preferences> {
    const rows = await this.preferences.find({ where: { userId } });
    const chosen = new Map(rows.map((row) => [row.category, row]));
    return Object.fromEntries(
      NOTIFICATION_CATEGORIES.map((category) => {
        const row = chosen.get(category);
        const preference = row ? { channel: row.channel, frequency: row.frequency, matchScoreThreshold: row.matchScoreThreshold } : DEFAULT_PREFERENCES[category];
        return [category, { ...preference }];
      }),
    ) as Preferences;
  }

  async of(userId: string, category: NotificationCategory): Promise<CategoryPreference> {
    return (await this.forUser(userId))[category];
  }

  /** Replaces every choice: categories left out go back to their default. Errors name the item's field. */
  async replace(userId: string, choices: PreferenceChoice[]): Promise<Preferences> {
    const rows = choices.map((choice, index) => {
      if (choices.findIndex((other) => other.category === choice.category) !== index) {
        throw badRequest(`items[${index}].category`, 'appears more than once');
      }
      const forMatches = choice.category === 'match-alerts';
      if (!forMatches && choice.matchScoreThreshold != null) {
        throw badRequest(`items[${index}].matchScoreThreshold`, 'is only for the match-alerts category');
      }
      const matchScoreThreshold = forMatches ? (choice.matchScoreThreshold ?? DEFAULT_MATCH_SCORE_THRESHOLD) : null;
      return { userId, category: choice.category, channel: choice.channel, frequency: choice.frequency, matchScoreThreshold };
    });
    await this.preferences.manager.transaction(async (manager) => {
      const repository = manager.getRepository(NotificationPreference);
      await repository.delete({ userId });
      if (rows.length > 0) await repository.insert(rows);
    });
    return this.forUser(userId);
  }

  /** Unsubscribe from e-mail: the categories keep coming in the app only. */
  async stopEmail(userId: string, categories: NotificationCategory[]): Promise<void> {
    const current = await this.forUser(userId);
    await this.preferences.upsert(
      categories.map((category) => ({ userId, category, ...current[category], channel: 'in-app' as const })),
      ['userId', 'category'],
    );
  }
}
