import { Button, ButtonGroup, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useSeekerT } from '../messages';

/** A button for something that cannot be undone: it first asks "Weet je het zeker?". */
export function ConfirmButton({ label, question, disabled, onConfirm }: { label: string; question: string; disabled?: boolean; onConfirm: () => void }) {
  const t = useSeekerT();
  const [asking, setAsking] = useState(false);
  if (!asking) {
    return (
      <Button appearance="secondary-action-button" disabled={disabled} onClick={() => setAsking(true)}>
        {label}
      </Button>
    );
  }
  return (
    <div role="group" aria-label={question}>
      <Paragraph>
        <strong>{question}</strong>
      </Paragraph>
      <ButtonGroup>
        <Button
          appearance="primary-action-button"
          disabled={disabled}
          onClick={() => {
            setAsking(false);
            onConfirm();
          }}
        >
          {t('confirm.yes', { action: label })}
        </Button>
        <Button appearance="secondary-action-button" onClick={() => setAsking(false)}>
          {t('confirm.no')}
        </Button>
      </ButtonGroup>
    </div>
  );
}
