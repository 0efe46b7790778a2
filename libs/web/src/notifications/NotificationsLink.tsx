import { useAuth } from '../auth/AuthProvider';
import { useT } from '../i18n';
import { RouterLink } from '../layout/RouterLink';
import { useUnreadCount } from './unread-count';
import './notifications.css';

/** The header link to the notifications page, with the number of unread ones (as text, not only a badge). */
export function NotificationsLink() {
  const t = useT();
  const { user } = useAuth();
  const unread = useUnreadCount(Boolean(user));
  if (!user) return null;
  return (
    <RouterLink
      to="/meldingen"
      className="meedoen-notifications-link"
      aria-label={unread ? t('notifications.linkUnread', { count: unread }) : t('notifications.link')}
    >
      {t('notifications.link')}
      {unread ? (
        <span className="meedoen-notifications-link__count" aria-hidden="true">
          {unread}
        </span>
      ) : null}
    </RouterLink>
  );
}
