import { localDay } from '../shared/appointment-views';
import { api } from './api';

/**
 * Everything the first screen needs, in one request. main.tsx imports this
 * module first, so the request is under way while React and i18next are still
 * being evaluated.
 */
export const firstScreenRequest = api().app.firstScreen({ day: localDay(new Date()) });
