import { Controller, Get, Header, Query, Req, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { AppConfig } from '../../config/app-config';
import { notFound } from '../../common/problem';
import { AuthenticatedUser } from '../../sessions/authenticated-user';
import { Public } from '../../sessions/auth.decorators';
import { DevMailboxService } from '../dev-mailbox.service';
import { escapeHtml } from '../email/escape-html';
import { StoredEmail } from '../stored-email.entity';
import { HTML_PAGE_PATHS, simplePage } from './simple-page';

const PAGE_SIZE = 50;
const linkify = (escapedText: string) => escapedText.replace(/https?:\/\/[^\s<]+/g, (url) => `<a href="${url}">${url}</a>`);

/** Demo mode only: the stored e-mails as a page, for an administrator signed in through a portal (cookie). */
@ApiExcludeController()
@Public()
@Controller(HTML_PAGE_PATHS.devMailbox)
export class DevMailboxPageController {
  constructor(
    private readonly mailbox: DevMailboxService,
    private readonly config: AppConfig,
  ) {}

  @Get()
  @Header('Content-Type', 'text/html; charset=utf-8')
  async page(@Req() request: Request & { user?: AuthenticatedUser }, @Res({ passthrough: true }) response: Response, @Query('page') pageParam: unknown): Promise<string> {
    if (!this.config.demoMode) throw notFound('The page');
    if (request.user?.role !== 'administrator') {
      response.status(request.user ? 403 : 401);
      return simplePage('en', 'Dev mailbox', '<p>Sign in as an administrator first (in demo mode: demo.beheerder@meedoen.test), then open this page again.</p>');
    }
    const page = typeof pageParam === 'string' && /^\d{1,5}$/.test(pageParam) ? Math.max(1, Number(pageParam)) : 1;
    const { items, total } = await this.mailbox.list(page, PAGE_SIZE);
    const next = page * PAGE_SIZE < total ? `<p><a href="/${HTML_PAGE_PATHS.devMailbox}?page=${page + 1}">Older e-mails</a></p>` : '';
    const intro = `<p>${total} e-mails stored because no SMTP server is configured (SMTP_URL). Newest first.</p>`;
    return simplePage('en', 'Dev mailbox', intro + items.map(article).join('\n') + next);
  }
}

function article(email: StoredEmail): string {
  return `<article>
<h2>${escapeHtml(email.subject)}</h2>
<dl><dt>To</dt><dd>${escapeHtml(email.recipient)}</dd><dt>Sent</dt><dd><time datetime="${email.createdAt.toISOString()}">${email.createdAt.toISOString()}</time></dd></dl>
<pre>${linkify(escapeHtml(email.text))}</pre>
</article>`;
}
