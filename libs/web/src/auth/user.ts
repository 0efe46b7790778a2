import type { SessionResponse, UserResponse } from '../api/openapi.gen';

/** The signed-in user, exactly as the API describes it. */
export type User = UserResponse;
export type Role = User['role'];
export type { SessionResponse };
