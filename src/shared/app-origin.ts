/** The app's own bundle is served from this privileged custom scheme, never `file://`. */
export const APP_SCHEME = 'app';
export const APP_ORIGIN = `${APP_SCHEME}://sprechstunde`;
