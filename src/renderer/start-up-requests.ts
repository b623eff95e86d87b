import { requestFirstScreen } from '../shared/api';
import { api } from './api';

/**
 * Everything the first screen needs, in one request: the preload asked for it
 * before the page's scripts ran; without it (a reload of the dev server's
 * page, say) the page asks now. main.tsx imports this module first.
 */
export const firstScreenRequest = window.sprechstundeFirstScreen ?? requestFirstScreen(api());
