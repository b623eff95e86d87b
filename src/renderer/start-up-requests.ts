import { LIST_PAGE_SIZE, localDay } from '../shared/appointment-views';
import { api } from './api';

/**
 * Everything the first screen needs, asked for in one round. main.tsx imports
 * this module first, so the requests are under way while React and i18next
 * are still being evaluated.
 */
export const startUpRequests = Promise.all([
  api().settings.get(),
  api().app.startupNotices(),
  api().appointments.query({
    view: 'today',
    filter: '',
    day: localDay(new Date()),
    offset: 0,
    limit: LIST_PAGE_SIZE,
  }),
]);
