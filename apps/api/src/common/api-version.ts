/** The API's full version, sent in the API-Version header of every response (NL API Design Rules). */
export const API_VERSION = '1.0.0';
export const API_PREFIX = 'api/v1';
