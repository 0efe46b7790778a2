import { useEffect, useState } from 'react';
import { apiRequest } from '../api';
import type { NotificationListResponse } from '../api/openapi.gen';

const CHANGED = 'meedoen:notifications-changed';

/** Tells the header that notifications were read or unread, so that its count follows. */
export const announceNotificationsChanged = () => window.dispatchEvent(new Event(CHANGED));

/** How many notifications are unread, or null while unknown (not signed in, or the API did not answer). */
export function useUnreadCount(enabled: boolean): number | null {
  const [count, setCount] = useState<number | null>(null);
  useEffect(() => {
    if (!enabled) {
      setCount(null);
      return;
    }
    const controller = new AbortController();
    const load = () =>
      apiRequest<NotificationListResponse>('/notifications?status=unread&pageSize=1', { signal: controller.signal }).then(
        (answer) => setCount(answer.unreadCount),
        () => undefined, // the count is an extra: the page itself explains problems
      );
    load();
    window.addEventListener(CHANGED, load);
    return () => {
      controller.abort();
      window.removeEventListener(CHANGED, load);
    };
  }, [enabled]);
  return count;
}
