export { ErrorState, type ErrorStateProps } from './ErrorState';
export { LoadingState } from './LoadingState';
export { EmptyState, type EmptyStateProps } from './EmptyState';
export { problemMessageKey } from './problem-message';
