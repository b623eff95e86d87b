/**
 * The renderer's CSP: only its own bundle, no inline or eval'd script, and
 * frames only from the configured Jitsi server (none until one is set).
 */
export function contentSecurityPolicy(options: { frameOrigins: readonly string[] }): string {
  const frames = options.frameOrigins.length > 0 ? options.frameOrigins.join(' ') : "'none'";
  return [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    `frame-src ${frames}`,
    "media-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}
