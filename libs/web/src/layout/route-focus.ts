import { useEffect, useRef } from 'react';
import { useLocation } from 'react-router';

export const MAIN_CONTENT_ID = 'content';

/** Moves focus to the page's h1 (or to main while the page has none yet), after React has drawn the new page. */
export function focusMainHeading(): void {
  requestAnimationFrame(() => {
    const main = document.getElementById(MAIN_CONTENT_ID);
    const target = main?.querySelector<HTMLElement>('h1') ?? main;
    target?.focus();
  });
}

/**
 * In a single-page app the browser does not move focus on navigation; without this, keyboard and
 * screen reader users stay on the link they used. The first load keeps the browser's own behaviour.
 */
export function useFocusOnRouteChange(): void {
  const { pathname } = useLocation();
  const previousPathname = useRef(pathname);
  useEffect(() => {
    if (previousPathname.current === pathname) return;
    previousPathname.current = pathname;
    focusMainHeading();
  }, [pathname]);
}
