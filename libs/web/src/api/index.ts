export * from './problem';
export { apiRequest, API_BASE_PATH, type ApiRequestOptions } from './client';
export { useApiQuery, type QueryState } from './useApiQuery';
export type * from './openapi.gen';
export { useApiAction, type ApiAction, type ApiActionOptions, type ApiActionResult } from './useApiAction';
