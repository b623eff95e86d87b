/** The page the meeting window loads; every other page of the bundle is the main window's. */
export const MEETING_PAGE = '/meeting.html';

/**
 * The CSP of the app's pages: only the app's own bundle, no inline or eval'd
 * script. The main window frames nothing. The meeting window may also load
 * the configured server's `external_api.js`, frame its meeting page and, for
 * the connection check, reach it over HTTPS and WSS; nothing before a server is set.
 */
export function contentSecurityPolicy(options: {
  page: string;
  serverOrigin: string | null;
}): string {
  const server = options.page === MEETING_PAGE ? options.serverOrigin : null;
  const serverSocket = server && server.replace(/^https:/, 'wss:');
  return [
    "default-src 'none'",
    `script-src 'self'${server ? ` ${server}` : ''}`,
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    `connect-src 'self'${server ? ` ${server} ${serverSocket}` : ''}`,
    `frame-src ${server ?? "'none'"}`,
    "media-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}
