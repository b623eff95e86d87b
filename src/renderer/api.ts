import type { SprechstundeApi } from '../shared/api';

declare global {
  interface Window {
    /** Exposed by the preload (or by the end-to-end harness); the renderer's only way out. */
    readonly sprechstunde: SprechstundeApi;
  }
}

export const api = (): SprechstundeApi => window.sprechstunde;
