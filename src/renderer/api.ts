import type { FirstScreenReply, SprechstundeApi } from '../shared/api';

declare global {
  interface Window {
    /** Exposed by the preload (or by the end-to-end harness); the renderer's only way out. */
    readonly sprechstunde: SprechstundeApi;
    /** The first screen's data, asked for by the preload before the page's scripts ran. */
    readonly sprechstundeFirstScreen?: FirstScreenReply;
  }
}

export const api = (): SprechstundeApi => window.sprechstunde;
