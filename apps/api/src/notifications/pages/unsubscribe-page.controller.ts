import { Controller, Get, Header, HttpCode, Post, Query, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Response } from 'express';
import { Public } from '../../sessions/auth.decorators';
import type { Language } from '../../users/user.entity';
import { escapeHtml } from '../email/escape-html';
import { CATEGORY_NAMES, NotificationCategory } from '../notification-categories';
import { UnsubscribeLink, UnsubscriptionsService } from '../unsubscriptions.service';
import { HTML_PAGE_PATHS, simplePage } from './simple-page';

const TEXT = {
  nl: {
    confirmTitle: 'Afmelden voor e-mails',
    confirm: (what: string) => `Je krijgt dan geen e-mails meer over ${what}. Je ziet deze berichten nog wel in Meedoen.`,
    button: 'Ja, meld me af',
    doneTitle: 'Je bent afgemeld',
    done: (what: string) => `Je krijgt geen e-mails meer over ${what}. Je ziet deze berichten nog wel in Meedoen.`,
    undo: 'Wil je ze toch weer per e-mail krijgen? Kies dat in Meedoen bij je instellingen.',
    invalidTitle: 'Deze link werkt niet',
    invalid: 'Misschien is de link niet helemaal overgenomen. In Meedoen kies je zelf welke e-mails je krijgt.',
  },
  en: {
    confirmTitle: 'Unsubscribe from e-mails',
    confirm: (what: string) => `You will no longer get e-mails about ${what}. You will still see these messages in Meedoen.`,
    button: 'Yes, unsubscribe me',
    doneTitle: 'You have been unsubscribed',
    done: (what: string) => `You will no longer get e-mails about ${what}. You will still see these messages in Meedoen.`,
    undo: 'Want them by e-mail again? Choose that in your settings in Meedoen.',
    invalidTitle: 'This link does not work',
    invalid: 'Perhaps the link was not copied completely. In Meedoen you choose which e-mails you get.',
  },
} as const;

const names = (language: Language, categories: NotificationCategory[]) => categories.map((category) => CATEGORY_NAMES[language][category]).join(', ');

/**
 * The unsubscribe link of every e-mail: GET asks to confirm (link checkers must not unsubscribe anyone),
 * POST unsubscribes; mail programs use the same POST for one-click unsubscribe (RFC 8058).
 */
@ApiExcludeController()
@Public()
@Controller(HTML_PAGE_PATHS.unsubscribe)
export class UnsubscribePageController {
  constructor(private readonly unsubscriptions: UnsubscriptionsService) {}

  @Get()
  @Header('Content-Type', 'text/html; charset=utf-8')
  async confirm(@Query('token') token: unknown, @Res({ passthrough: true }) response: Response): Promise<string> {
    const link = typeof token === 'string' ? await this.unsubscriptions.describe(token) : null;
    if (!link) return invalid(response);
    const text = TEXT[link.language];
    const action = `/${HTML_PAGE_PATHS.unsubscribe}?token=${encodeURIComponent(token as string)}`;
    return simplePage(
      link.language,
      text.confirmTitle,
      `<p>${escapeHtml(text.confirm(names(link.language, link.categories)))}</p>
<form method="post" action="${escapeHtml(action)}"><button type="submit">${escapeHtml(text.button)}</button></form>`,
    );
  }

  @Post()
  @HttpCode(200)
  @Header('Content-Type', 'text/html; charset=utf-8')
  async unsubscribe(@Query('token') token: unknown, @Res({ passthrough: true }) response: Response): Promise<string> {
    const link: UnsubscribeLink | null = typeof token === 'string' ? await this.unsubscriptions.unsubscribe(token) : null;
    if (!link) return invalid(response);
    const text = TEXT[link.language];
    return simplePage(link.language, text.doneTitle, `<p>${escapeHtml(text.done(names(link.language, link.categories)))}</p><p>${escapeHtml(text.undo)}</p>`);
  }
}

function invalid(response: Response): string {
  response.status(400);
  return simplePage('nl', TEXT.nl.invalidTitle, `<p>${escapeHtml(TEXT.nl.invalid)}</p><p lang="en">${escapeHtml(TEXT.en.invalid)}</p>`);
}
