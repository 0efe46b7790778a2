import { Button, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { apiRequest, useApiAction, useApiQuery } from '../api';
import type { NotificationListResponse, NotificationResponse } from '../api/openapi.gen';
import { useLanguage, useT } from '../i18n';
import { PageHeading } from '../layout/PageHeading';
import { RouterLink } from '../layout/RouterLink';
import { EmptyState, ErrorState, LoadingState } from '../states';
import { ProductLink } from './notification-link';
import { announceNotificationsChanged } from './unread-count';
import './notifications.css';

const PAGE_SIZE = 20;

/** Your notifications, newest first: read or unread, each linking to what it is about. */
export function NotificationsPage() {
  const t = useT();
  const [page, setPage] = useState(1);
  const query = useApiQuery<NotificationListResponse>(`/notifications?page=${page}&pageSize=${PAGE_SIZE}`);
  const { busy, problem, run } = useApiAction();

  const change = async (request: () => Promise<unknown>) => {
    if (!(await run(request))) return;
    announceNotificationsChanged();
    query.reload();
  };
  const markAllRead = () => change(() => apiRequest('/notifications/read-all', { method: 'POST' }));
  const setRead = (id: string, read: boolean) => change(() => apiRequest(`/notifications/${id}`, { method: 'PATCH', body: { read } }));

  return (
    <>
      <PageHeading>{t('notifications.title')}</PageHeading>
      <Paragraph>{t('notifications.intro')}</Paragraph>
      <Paragraph>
        <RouterLink to="/meldingen/instellingen">{t('notifications.settingsLink')}</RouterLink>
      </Paragraph>
      {problem && <ErrorState problem={problem} />}
      {query.status === 'loading' && <LoadingState />}
      {query.status === 'error' && <ErrorState problem={query.problem} onRetry={query.reload} />}
      {query.status === 'success' && query.data.total === 0 && <EmptyState message={t('notifications.empty')} />}
      {query.status === 'success' && query.data.total > 0 && (
        <>
          <div className="meedoen-notifications__summary">
            <Paragraph role="status">
              {query.data.unreadCount > 0 ? t('notifications.unreadCount', { count: query.data.unreadCount }) : t('notifications.allRead')}
            </Paragraph>
            {query.data.unreadCount > 0 && (
              <Button appearance="secondary-action-button" onClick={markAllRead} disabled={busy}>
                {t('notifications.markAllRead')}
              </Button>
            )}
          </div>
          <ul className="meedoen-notifications">
            {query.data.items.map((notification) => (
              <NotificationItem key={notification.id} notification={notification} busy={busy} onSetRead={setRead} />
            ))}
          </ul>
          <Pagination page={page} pages={Math.ceil(query.data.total / PAGE_SIZE)} onPage={setPage} />
        </>
      )}
    </>
  );
}

function NotificationItem({ notification, busy, onSetRead }: { notification: NotificationResponse; busy: boolean; onSetRead: (id: string, read: boolean) => void }) {
  const t = useT();
  const { language } = useLanguage();
  const received = new Intl.DateTimeFormat(language === 'nl' ? 'nl-NL' : 'en-GB', { dateStyle: 'long', timeStyle: 'short' }).format(new Date(notification.createdAt));
  return (
    <li className={notification.read ? 'meedoen-notification' : 'meedoen-notification meedoen-notification--unread'}>
      <article aria-labelledby={`notification-${notification.id}`}>
        <p className="meedoen-notification__status">{notification.read ? t('notifications.read') : t('notifications.unread')}</p>
        <h2 id={`notification-${notification.id}`} className="meedoen-notification__title">
          {notification.title}
        </h2>
        <p className="meedoen-notification__date">{t('notifications.receivedAt', { date: received })}</p>
        {notification.body.split('\n').map((line, index) => (
          <Paragraph key={index}>{line}</Paragraph>
        ))}
        <div className="meedoen-notification__actions">
          {notification.link && (
<ProductLink path={notification.link}>{t('notifications.open', { title: notification.title })}</ProductLink>
          )}
          <Button appearance="subtle-button" disabled={busy} onClick={() => onSetRead(notification.id, !notification.read)}>
            {notification.read ? t('notifications.markUnread') : t('notifications.markRead')}
          </Button>
        </div>
      </article>
    </li>
  );
}

function Pagination({ page, pages, onPage }: { page: number; pages: number; onPage: (page: number) => void }) {
  const t = useT();
  if (pages <= 1) return null;
  return (
    <nav aria-label={t('notifications.pagination')} className="meedoen-notifications__pagination">
      <Button appearance="secondary-action-button" disabled={page <= 1} onClick={() => onPage(page - 1)}>
        {t('notifications.previous')}
      </Button>
      <span>{t('notifications.page', { page, pages })}</span>
      <Button appearance="secondary-action-button" disabled={page >= pages} onClick={() => onPage(page + 1)}>
        {t('notifications.next')}
      </Button>
    </nav>
  );
}
