import type { Language } from '../../users/user.entity';
import { escapeHtml } from '../email/escape-html';

/** Server-rendered pages outside the portals (unsubscribe, dev mailbox): plain HTML, no script. */
export const HTML_PAGE_PATHS = { unsubscribe: 'afmelden', devMailbox: 'dev/mailbox' } as const;

/** A plain, accessible page; `content` is HTML that the caller has escaped. */
export function simplePage(language: Language, title: string, content: string): string {
  return `<!doctype html>
<html lang="${language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeHtml(title)} — Meedoen</title>
<style>
  body { font-family: system-ui, sans-serif; margin: 0; color: #1a1a1a; background: #fff; line-height: 1.5; font-size: 1.125rem; }
  header, main { max-width: 60rem; margin: 0 auto; padding: 1rem; }
  header { border-bottom: 4px solid #00567a; }
  h1 { color: #00567a; }
  a { color: #00567a; } a:focus-visible, button:focus-visible { outline: 3px solid #1a1a1a; outline-offset: 3px; }
  button { font: inherit; padding: .6rem 1.2rem; background: #00567a; color: #fff; border: 0; border-radius: .35rem; cursor: pointer; }
  pre { white-space: pre-wrap; background: #f3f3f3; padding: 1rem; border-radius: .35rem; }
  article { border-top: 1px solid #6b6b6b; padding: .5rem 0; }
  dl { display: grid; grid-template-columns: max-content 1fr; gap: .25rem 1rem; } dt { font-weight: 700; } dd { margin: 0; }
</style>
</head>
<body>
<header><a href="/">Meedoen</a></header>
<main id="inhoud">
<h1>${escapeHtml(title)}</h1>
${content}
</main>
</body>
</html>`;
}
