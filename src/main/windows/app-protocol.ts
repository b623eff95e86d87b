import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.wav': 'audio/wav',
};

export interface AppRequestHandlerOptions {
  /** Folder of the built renderer. */
  root: string;
  /** `app://sprechstunde` in the app; the e2e harness serves the same files elsewhere. */
  origin: string;
  /** The CSP of a page (by path) at this moment: it follows the configured server. */
  contentSecurityPolicy: (page: string) => string;
}

/**
 * Serves the renderer bundle for the privileged `app://` scheme, with Fetch API
 * Request/Response as Electron's `protocol.handle` uses them. Only files inside
 * `root`, only GET, only our own host.
 */
export function createAppRequestHandler(options: AppRequestHandlerOptions) {
  const root = normalize(options.root);
  const own = new URL(options.origin);

  return async function handleAppRequest(request: Request): Promise<Response> {
    const url = new URL(request.url);
    if (url.protocol !== own.protocol || url.host !== own.host) return status(404);
    if (request.method !== 'GET' && request.method !== 'HEAD') return status(405);

    let relative: string;
    try {
      relative = decodeURIComponent(url.pathname);
    } catch {
      return status(400);
    }
    if (relative === '/' || relative === '') relative = '/index.html';
    const file = normalize(join(root, relative));
    if (!file.startsWith(root + sep) || relative.includes('\0')) return status(404);

    const type = contentTypes[extname(file).toLowerCase()];
    if (!type) return status(404);
    let body: Buffer;
    try {
      body = await readFile(file);
    } catch {
      return status(404);
    }
    const headers: Record<string, string> = {
      'content-type': type,
      'x-content-type-options': 'nosniff',
      'cache-control': 'no-store',
    };
    if (type.startsWith('text/html')) {
      headers['content-security-policy'] = options.contentSecurityPolicy(relative);
    }
    return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), { headers });
  };
}

function status(code: number): Response {
  return new Response(null, { status: code });
}
