import { Alert, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useLocation } from 'react-router';
import { useEmployerT, type EmployerMessageKey } from '../messages';

/** Navigation state that carries a short confirmation to the next page ("Opgeslagen."). */
export interface FlashState {
  flash?: EmployerMessageKey;
}

/** The confirmation a previous page passed along, and a way to show a new one on this page. */
export function useFlash(): [string | undefined, (message: string | undefined) => void] {
  const t = useEmployerT();
  const location = useLocation();
  return useState<string | undefined>(() => {
    const key = (location.state as FlashState | null)?.flash;
    return key ? t(key) : undefined;
  });
}

/** Announced politely: it confirms what just happened. */
export function Flash({ message }: { message: string | undefined }) {
  if (!message) return null;
  return (
    <Alert type="ok" role="status">
      <Paragraph>{message}</Paragraph>
    </Alert>
  );
}
