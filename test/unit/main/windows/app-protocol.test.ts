import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAppRequestHandler } from '../../../../src/main/windows/app-protocol';
import { contentSecurityPolicy } from '../../../../src/shared/content-security-policy';

let base: string;
let handle: (request: Request) => Promise<Response>;
const csp = contentSecurityPolicy({
  page: '/index.html',
  serverOrigin: 'https://meet.example.org',
});

beforeAll(async () => {
  base = await mkdtemp(join(tmpdir(), 'sprechstunde-protocol-'));
  await mkdir(join(base, 'renderer/assets'), { recursive: true });
  await writeFile(join(base, 'renderer/index.html'), '<!doctype html><title>x</title>');
  await writeFile(join(base, 'renderer/assets/app.js'), 'console.log(1)');
  await writeFile(join(base, 'secret.json'), '{"token":"x"}');
  handle = createAppRequestHandler({
    root: join(base, 'renderer'),
    origin: 'app://sprechstunde',
    contentSecurityPolicy: () => csp,
  });
});
afterAll(() => rm(base, { recursive: true, force: true }));

const get = (url: string, method = 'GET') => handle(new Request(url, { method }));

describe('app:// protocol', () => {
  it('serves the page with the strict CSP and no sniffing', async () => {
    const response = await get('app://sprechstunde/');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(csp);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toContain('<title>x</title>');
  });

  it('serves bundle files with their type', async () => {
    const response = await get('app://sprechstunde/assets/app.js');
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await response.text()).toBe('console.log(1)');
  });

  it.each([
    'app://sprechstunde/../secret.json',
    'app://sprechstunde/%2e%2e/secret.json',
    'app://sprechstunde/assets/%2e%2e%2f%2e%2e%2fsecret.json',
    'app://sprechstunde/assets/..%5c..%5csecret.json',
    'app://sprechstunde/missing.js',
    'app://sprechstunde/assets/app.js%00.html',
    'app://other/index.html',
    'app://sprechstunde/assets/',
  ])('refuses %s', async (url) => {
    const response = await get(url);
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(await response.text()).toBe('');
  });

  it('refuses anything but GET and HEAD', async () => {
    expect((await get('app://sprechstunde/index.html', 'POST')).status).toBe(405);
    expect((await get('app://sprechstunde/index.html', 'HEAD')).status).toBe(200);
  });

  it('lets only the meeting page load and frame the configured server', () => {
    // The main window frames nothing and runs only the bundle.
    expect(csp).toContain("frame-src 'none'");
    expect(csp).toContain("script-src 'self';");
    expect(csp).not.toContain('unsafe');
    const meeting = contentSecurityPolicy({
      page: '/meeting.html',
      serverOrigin: 'https://meet.example.org',
    });
    expect(meeting).toContain('frame-src https://meet.example.org;');
    expect(meeting).toContain("script-src 'self' https://meet.example.org;");
    expect(meeting).toContain(
      "connect-src 'self' https://meet.example.org wss://meet.example.org;",
    );
    expect(meeting).not.toContain('unsafe');
    expect(contentSecurityPolicy({ page: '/meeting.html', serverOrigin: null })).toContain(
      "frame-src 'none'",
    );
  });
});
