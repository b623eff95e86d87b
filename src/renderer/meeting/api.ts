import type { MeetingApi } from '../../shared/api';

/**
 * The meeting window's preload exposes the meeting channels only, under the
 * same name the main window uses for its API.
 */
export const meetingApi = (): MeetingApi => window.sprechstunde as unknown as MeetingApi;
