import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mainChannels } from '../../src/shared/ipc-channels';
import { electronBinary } from './electron-binary';
import { apiAreas, launchApp, type AppUnderTest } from './launch-app';

// Without the binary every test here is skipped; skip-report.ts says which, and why.
const binary = electronBinary();

describe.skipIf(!binary.path)('the Electron app', () => {
  let running: AppUnderTest | undefined;
  const started = () => {
    if (!running) throw new Error('the app did not start');
    return running;
  };

  // A first start: no server yet, so the app asks for one beside the list.
  beforeAll(async () => {
    running = await launchApp({ settings: { language: 'en' } });
  });
  afterAll(() => running?.close());

  it('opens one window on app:// that shows the list, with the main API only and no Node in the page', async () => {
    const { app, page } = started();
    await page.getByRole('button', { name: 'New appointment' }).waitFor();
    expect(page.url()).toBe('app://sprechstunde/index.html');
    const globals = await page.evaluate(() => ({
      require: typeof (globalThis as { require?: unknown }).require,
      process: typeof (globalThis as { process?: unknown }).process,
      bridge: Object.keys(window.sprechstunde).sort(),
      firstScreen: 'sprechstundeFirstScreen' in window,
    }));
    // The main preload exposes createApi(mainChannels) and the early first-screen request.
    expect(globals).toEqual({
      require: 'undefined',
      process: 'undefined',
      bridge: apiAreas(mainChannels),
      firstScreen: true,
    });
    expect(globals.bridge).not.toContain('meeting');
    expect(await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(1);
  });

  it('creates an appointment through the real IPC and shows it', async () => {
    const { page } = started();
    await page.getByRole('button', { name: 'New appointment' }).click();
    await page.getByLabel('Title', { exact: true }).fill('Smoke test');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByRole('heading', { name: 'Smoke test' }).waitFor();
  });

  it('blocks third parties on every session, one created later included', async () => {
    const { app } = started();
    const outcome = await app.evaluate(async ({ net, session }) => {
      const attempt = (fetch: () => Promise<Response>) =>
        fetch().then(
          () => 'loaded',
          (error: Error) => error.message,
        );
      return {
        main: await attempt(() => net.fetch('https://www.gravatar.com/avatar/x')),
        later: await attempt(() =>
          session.fromPartition('meeting-test').fetch('https://www.google-analytics.com/collect'),
        ),
        insecure: await attempt(() => net.fetch('http://example.org/')),
      };
    });
    expect(outcome.main).toContain('ERR_BLOCKED_BY_CLIENT');
    expect(outcome.later).toContain('ERR_BLOCKED_BY_CLIENT');
    expect(outcome.insecure).toContain('ERR_BLOCKED_BY_CLIENT');
  });
});
