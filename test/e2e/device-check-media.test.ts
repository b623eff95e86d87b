import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type * as mediaCheck from '../../src/renderer/meeting/media-check';
import { MIC_HEARD_LEVEL } from '../../src/shared/device-check';
import { bundleScript } from '../fixtures/bundle-script';
import { launchChromium } from './browser';

/** A page origin that never resolves: the route below serves it, as a secure context. */
const ORIGIN = 'https://device-check.invalid';

let browser: Browser;
let page: Page;

/** The media check as the meeting page runs it, bundled on its own. */
const bundleMediaCheck = () =>
  bundleScript(resolve('src/renderer/meeting/media-check.ts'), 'mediaCheck');

declare global {
  interface Window {
    mediaCheck: typeof mediaCheck;
  }
}

beforeAll(async () => {
  const [code, launched] = await Promise.all([
    bundleMediaCheck(),
    // Chromium's fake camera (a moving test picture) and microphone (a beep), allowed
    // without a prompt; sound may start without a click, as Electron's default allows.
    launchChromium([
      '--use-fake-ui-for-media-stream',
      '--use-fake-device-for-media-stream',
      '--autoplay-policy=no-user-gesture-required',
    ]),
  ]);
  browser = launched;
  const context = await browser.newContext();
  page = await context.newPage();
  await page.route(`${ORIGIN}/**`, (route) =>
    route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>check</title>' }),
  );
  await page.goto(`${ORIGIN}/`);
  await page.addScriptTag({ content: code });
});
afterAll(() => browser?.close());

describe('the equipment check in real Chromium', () => {
  it('shows the fake camera in a video element and stops it afterwards', async () => {
    const result = await page.evaluate(async () => {
      const check = window.mediaCheck.createMediaCheck();
      const camera = await check.camera();
      if (camera.status !== 'ok') return { status: camera.status };
      const video = document.createElement('video');
      video.muted = true;
      video.srcObject = camera.stream;
      document.body.append(video);
      await video.play();
      await new Promise((resolve) => setTimeout(resolve, 300));
      const shown = { width: video.videoWidth, height: video.videoHeight };
      const tracks = camera.stream.getTracks();
      check.stop();
      return {
        status: camera.status,
        kinds: tracks.map((track) => track.kind),
        shown,
        afterStop: tracks.map((track) => track.readyState),
      };
    });
    expect(result.status).toBe('ok');
    expect(result.kinds).toEqual(['video']);
    expect(result.shown?.width).toBeGreaterThan(0);
    expect(result.shown?.height).toBeGreaterThan(0);
    expect(result.afterStop).toEqual(['ended']);
  });

  it('hears the fake microphone, and lets it go afterwards', async () => {
    const result = await page.evaluate(async () => {
      const check = window.mediaCheck.createMediaCheck();
      const levels: number[] = [];
      const microphone = await check.microphone((level) => levels.push(level));
      // The fake microphone beeps about once a second.
      await new Promise((resolve) => setTimeout(resolve, 2500));
      const devices = await navigator.mediaDevices.enumerateDevices();
      check.stop();
      return {
        status: microphone.status,
        polls: levels.length,
        loudest: Math.max(0, ...levels),
        microphones: devices.filter((device) => device.kind === 'audioinput').length,
      };
    });
    expect(result.status).toBe('ok');
    expect(result.microphones).toBeGreaterThan(0);
    expect(result.polls).toBeGreaterThan(10);
    expect(result.loudest).toBeGreaterThanOrEqual(MIC_HEARD_LEVEL);
  });

  it('plays the test sound to its end', async () => {
    const result = await page.evaluate(async () => {
      const check = window.mediaCheck.createMediaCheck();
      const started = performance.now();
      const played = await Promise.race([
        check.playTestSound(),
        new Promise<'hung'>((resolve) => setTimeout(() => resolve('hung'), 5000)),
      ]);
      const took = performance.now() - started;
      check.stop();
      return { played, took };
    });
    expect(result.played).toBe(true);
    // The chime lasts about a second: it was really played, not cut short.
    expect(result.took).toBeGreaterThan(800);
  });

  it('lists the devices to choose from and plays the test sound on a chosen speaker', async () => {
    const result = await page.evaluate(async () => {
      const check = window.mediaCheck.createMediaCheck();
      await check.microphone(() => {});
      const devices = await check.devices();
      const speaker = devices.speaker.at(-1);
      const played = speaker
        ? await Promise.race([
            check.playTestSound(speaker.id),
            new Promise<'hung'>((resolve) => setTimeout(() => resolve('hung'), 5000)),
          ])
        : 'no speaker';
      check.stop();
      return { devices, played };
    });
    // Named, now that a device was allowed.
    expect(result.devices.microphone.length).toBeGreaterThan(1);
    expect(result.devices.microphone.every((device) => device.label !== '')).toBe(true);
    expect(result.devices.camera.length).toBeGreaterThan(0);
    expect(result.devices.speaker.length).toBeGreaterThan(0);
    expect(result.played).toBe(true);
  });
});
