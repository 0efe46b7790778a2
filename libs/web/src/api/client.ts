import { networkProblem, problemFromResponse } from './problem';

export const API_BASE_PATH = '/api/v1';

export interface ApiRequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  body?: unknown;
  signal?: AbortSignal;
}

/**
 * Calls the Meedoen API on the same origin with the session cookie. Resolves with the parsed JSON
 * (undefined for 204) and rejects with an ApiProblem for every error answer or network failure.
 */
export async function apiRequest<T>(path: string, { method = 'GET', body, signal }: ApiRequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json, application/problem+json' };
  if (body !== undefined) headers['Content-Type'] = 'application/json';

  let response: Response;
  try {
    response = await fetch(`${API_BASE_PATH}${path}`, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      credentials: 'same-origin',
      signal,
    });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw networkProblem(error);
  }

  const text = await response.text();
  if (!response.ok) {
    throw problemFromResponse(response.status, response.statusText, response.headers.get('Content-Type'), text);
  }
  return (text === '' ? undefined : JSON.parse(text)) as T;
}
