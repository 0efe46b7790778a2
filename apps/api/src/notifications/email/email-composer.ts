import { Injectable } from '@nestjs/common';
import { AppConfig } from '../../config/app-config';
import type { Language, Role, User } from '../../users/user.entity';
import { CATEGORY_NAMES, DigestFrequency, NotificationCategory } from '../notification-categories';
import { UnsubscribeTokens } from '../unsubscribe-tokens';
import { escapeHtml } from './escape-html';

export interface OutgoingEmail {
  to: string;
  subject: string;
  text: string;
  html: string;
  headers: Record<string, string>;
  /** Stable per delivery, so that a receiver can recognise the rare duplicate after a crash. */
  messageId: string;
}

export interface EmailSection {
  heading?: string;
  lines: string[];
  /** A path inside the product. */
  link: string | null;
}

export interface EmailContent {
  deliveryId: string;
  subject: string;
  sections: EmailSection[];
  /** The categories the unsubscribe link stops; empty for a required message, which has no such link. */
  unsubscribeFrom: NotificationCategory[];
}

export type EmailRecipient = Pick<User, 'id' | 'email' | 'displayName' | 'language' | 'role'>;

const WORDS = {
  nl: {
    greeting: (name: string) => `Hallo ${name},`,
    open: 'Bekijk het in Meedoen',
    signOff: ['Met vriendelijke groet,', 'Meedoen'],
    unsubscribe: (what: string) => `Wil je geen e-mails meer over ${what}? Meld je af:`,
    settings: 'Kies zelf welke berichten je krijgt en hoe vaak:',
    required: 'Dit bericht is verplicht. Je kunt je er niet voor afmelden.',
    digest: (frequency: DigestFrequency, count: number) =>
      `Je overzicht van ${frequency === 'daily' ? 'vandaag' : 'deze week'}: ${count} ${count === 1 ? 'bericht' : 'berichten'}`,
    and: 'en',
  },
  en: {
    greeting: (name: string) => `Hello ${name},`,
    open: 'View it in Meedoen',
    signOff: ['Kind regards,', 'Meedoen'],
    unsubscribe: (what: string) => `No more e-mails about ${what}? Unsubscribe:`,
    settings: 'Choose which messages you get and how often:',
    required: 'This is a required message. You cannot unsubscribe from it.',
    digest: (frequency: DigestFrequency, count: number) =>
      `Your ${frequency === 'daily' ? 'daily' : 'weekly'} summary: ${count} ${count === 1 ? 'message' : 'messages'}`,
    and: 'and',
  },
} as const;

const PORTAL_OF_ROLE: Record<Role, string> = { seeker: '/werkzoekenden/', employer: '/werkgevers/', caseworker: '/regie/', administrator: '/regie/' };

/** Turns a message into a plain-text and an accessible HTML e-mail in the recipient's language. */
@Injectable()
export class EmailComposer {
  constructor(
    private readonly config: AppConfig,
    private readonly tokens: UnsubscribeTokens,
  ) {}

  compose(recipient: EmailRecipient, content: EmailContent): OutgoingEmail {
    const language = recipient.language;
    const words = WORDS[language];
    const settingsUrl = this.url(PORTAL_OF_ROLE[recipient.role]);
    const unsubscribeUrl = content.unsubscribeFrom.length > 0 ? this.unsubscribeUrl(recipient.id, content.unsubscribeFrom) : null;
    const footer = unsubscribeUrl
      ? [[words.unsubscribe(this.categoryNames(language, content.unsubscribeFrom)), unsubscribeUrl], [words.settings, settingsUrl]]
      : [[words.required]];
    const headers: Record<string, string> = unsubscribeUrl
      ? { 'List-Unsubscribe': `<${unsubscribeUrl}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' }
      : {};
    return {
      to: recipient.email,
      subject: content.subject,
      text: this.text(recipient, content, footer),
      html: this.html(recipient, content, footer),
      headers,
      messageId: `<${content.deliveryId}.${recipient.id}@${new URL(this.config.publicUrl).hostname}>`,
    };
  }

  /** Subject line of a digest; the items are its sections. */
  digestSubject(language: Language, frequency: DigestFrequency, count: number): string {
    return WORDS[language].digest(frequency, count);
  }

  private text(recipient: EmailRecipient, content: EmailContent, footer: string[][]): string {
    const words = WORDS[recipient.language];
    const sections = content.sections.map((section) =>
      [section.heading, ...section.lines, section.link ? `${words.open}: ${this.url(section.link)}` : undefined].filter(Boolean).join('\n'),
    );
    return [words.greeting(recipient.displayName), ...sections, words.signOff.join('\n'), `--\n${footer.map((line) => line.join(' ')).join('\n')}`].join('\n\n') + '\n';
  }

  private html(recipient: EmailRecipient, content: EmailContent, footer: string[][]): string {
    const words = WORDS[recipient.language];
    const paragraph = (text: string) => `<p>${escapeHtml(text)}</p>`;
    const link = (href: string, text: string) => `<a href="${escapeHtml(href)}">${escapeHtml(text)}</a>`;
    const sections = content.sections
      .map((section) =>
        [
          section.heading ? `<h2>${escapeHtml(section.heading)}</h2>` : '',
          ...section.lines.map(paragraph),
          section.link ? `<p>${link(this.url(section.link), words.open)}</p>` : '',
        ].join(''),
      )
      .join('\n');
    const footerHtml = footer.map(([text, href]) => `<p>${escapeHtml(text)}${href ? ` ${link(href, href)}` : ''}</p>`).join('');
    return `<!doctype html>
<html lang="${recipient.language}">
<head><meta charset="utf-8"><title>${escapeHtml(content.subject)}</title></head>
<body style="font-family: system-ui, sans-serif; font-size: 18px; line-height: 1.5; color: #1a1a1a; max-width: 40em;">
<h1 style="font-size: 24px; color: #00567a;">${escapeHtml(content.subject)}</h1>
${paragraph(words.greeting(recipient.displayName))}
${sections}
<p>${words.signOff.map(escapeHtml).join('<br>')}</p>
<footer style="border-top: 1px solid #6b6b6b; font-size: 16px;">${footerHtml}</footer>
</body>
</html>
`;
  }

  private categoryNames(language: Language, categories: NotificationCategory[]): string {
    const names = categories.map((category) => CATEGORY_NAMES[language][category]);
    return names.length > 1 ? `${names.slice(0, -1).join(', ')} ${WORDS[language].and} ${names.at(-1)}` : names[0];
  }

  private unsubscribeUrl(userId: string, categories: NotificationCategory[]): string {
    return this.url(`/afmelden?token=${this.tokens.sign({ userId, categories })}`);
  }

  private url(path: string): string {
    return `${this.config.publicUrl}${path}`;
  }
}
