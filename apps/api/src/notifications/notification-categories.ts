import type { Language } from '../users/user.entity';

/** What a message is about; people choose per category how and how often they hear about it. */
export const NOTIFICATION_CATEGORIES = ['account', 'match-alerts', 'applications', 'appointments', 'vacancies', 'new-applications', 'saved-searches'] as const;
export type NotificationCategory = (typeof NOTIFICATION_CATEGORIES)[number];

/** in-app: only in the app; email: in the app and by e-mail. */
export const PREFERENCE_CHANNELS = ['in-app', 'email'] as const;
export type PreferenceChannel = (typeof PREFERENCE_CHANNELS)[number];

/** How often e-mail comes: at once, gathered in a daily or weekly digest, or not at all (nothing, also not in the app). */
export const FREQUENCIES = ['instant', 'daily', 'weekly', 'off'] as const;
export type Frequency = (typeof FREQUENCIES)[number];
export type DigestFrequency = Extract<Frequency, 'daily' | 'weekly'>;

/** Where one delivery goes; the send log has one entry per event, recipient and delivery channel. */
export type DeliveryChannel = 'in-app' | 'email' | 'digest';

export interface CategoryPreference {
  channel: PreferenceChannel;
  frequency: Frequency;
  /** Match alerts only: the lowest match score (0-100) worth an alert. */
  matchScoreThreshold: number | null;
}

export const DEFAULT_MATCH_SCORE_THRESHOLD = 70;

export const DEFAULT_PREFERENCES: Record<NotificationCategory, CategoryPreference> = {
  account: { channel: 'email', frequency: 'instant', matchScoreThreshold: null },
  'match-alerts': { channel: 'email', frequency: 'daily', matchScoreThreshold: DEFAULT_MATCH_SCORE_THRESHOLD },
  applications: { channel: 'email', frequency: 'instant', matchScoreThreshold: null },
  appointments: { channel: 'email', frequency: 'instant', matchScoreThreshold: null },
  vacancies: { channel: 'email', frequency: 'daily', matchScoreThreshold: null },
  /** Employers: new applications on their vacancies, gathered in a daily e-mail unless they want each one at once. */
  'new-applications': { channel: 'email', frequency: 'daily', matchScoreThreshold: null },
  /** How often is chosen per saved search; this says how (and at once means: as each alert comes). */
  'saved-searches': { channel: 'email', frequency: 'instant', matchScoreThreshold: null },
};

/** Names of the categories in running text ("e-mails about …"). */
export const CATEGORY_NAMES: Record<Language, Record<NotificationCategory, string>> = {
  nl: {
    account: 'je account',
    'match-alerts': 'nieuwe vacatures die bij je passen',
    applications: 'reacties, uitnodigingen en voordrachten',
    appointments: 'je afspraken',
    vacancies: 'je vacatures',
    'new-applications': 'nieuwe reacties op je vacatures',
    'saved-searches': 'je bewaarde zoekopdrachten',
  },
  en: {
    account: 'your account',
    'match-alerts': 'new vacancies that match you',
    applications: 'applications, invitations and proposals',
    appointments: 'your appointments',
    vacancies: 'your vacancies',
    'new-applications': 'new applications to your vacancies',
    'saved-searches': 'your saved searches',
  },
};
