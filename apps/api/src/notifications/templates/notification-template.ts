import type { Language, Role } from '../../users/user.entity';
import type { NotificationCategory } from '../notification-categories';

export type TemplateParams = Record<string, string | number | boolean | null>;

/** The words of one message: a short title and a few short sentences (B1 in Dutch). */
export interface MessageText {
  title: string;
  lines: string[];
}

export interface TemplateRecipient {
  displayName: string;
  role: Role;
}

export interface NotificationTemplate {
  category: NotificationCategory;
  /** Legally required (e.g. a decision about a registration): sent whatever the preferences, with no unsubscribe link. */
  required?: boolean;
  /** Only by e-mail, never in the app: for a message with a secret link, such as a password reset. */
  emailOnly?: boolean;
  text: Record<Language, (params: TemplateParams, recipient: TemplateRecipient) => MessageText>;
}

export const defineTemplates = <K extends string>(templates: Record<K, NotificationTemplate>) => templates;
