import { Alert, Button, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import type { ApiProblem } from '../api';
import { useT } from '../i18n';
import { problemMessageKey } from './problem-message';

export interface ErrorStateProps {
  problem: ApiProblem;
  onRetry?: () => void;
}

/** Explains what went wrong in plain words, with the API's own explanation below it. Never leaves a blank page. */
export function ErrorState({ problem, onRetry }: ErrorStateProps) {
  const t = useT();
  return (
    <Alert type="error" role="alert" className="meedoen-error-state">
      <Paragraph>
        <strong>{t(problemMessageKey(problem))}</strong>
      </Paragraph>
      {problem.detail && <Paragraph>{t('problem.detail', { detail: problem.detail })}</Paragraph>}
      {problem.invalidParams && problem.invalidParams.length > 0 && (
        <UnorderedList>
          {problem.invalidParams.map((param) => (
            <UnorderedListItem key={param.name}>{param.reason}</UnorderedListItem>
          ))}
        </UnorderedList>
      )}
      {onRetry && (
        <Button appearance="secondary-action-button" onClick={onRetry}>
          {t('state.retry')}
        </Button>
      )}
    </Alert>
  );
}
