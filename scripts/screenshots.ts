// npm run screenshots: the main window's screens in German and English, through the
// e2e harness (the built renderer, the real services), into docs/screenshots/.
// The same appointments on the same days in Berlin's time zone: main's clock and
// the page's say it is DAY, so a rerun changes only what the look changed.
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import type { AppointmentDraft } from '../src/shared/appointment';
import { launchChromium } from '../test/e2e/browser';
import setUpHarness from '../test/e2e/global-setup';
import { newUserDataDir, removeUserDataDir, startApp } from '../test/e2e/harness';
import { allTexts } from '../test/fixtures/i18n';
import { clearScreenshots, shoot } from './screenshot-files';

// Before the appointments' times are made and Chromium starts (it takes the zone from here).
process.env.TZ = 'Europe/Berlin';

/** The main window's size (src/main/windows/main-window.ts). */
const WINDOW = { width: 1200, height: 800 };
/**
 * The day the screenshots show, at 9 in the morning: a Monday, the week before the
 * Outlook fixture's first appointment (its import preview is one of the screens).
 */
const DAY = new Date('2027-01-11T09:00:00+01:00');
/** A clock that says DAY now and runs from there (main's for each language's run). */
function clockFromDay(): () => Date {
  const started = Date.now();
  return () => new Date(DAY.getTime() + (Date.now() - started));
}
const OUTLOOK = resolve('test/fixtures/calendar/outlook-windows-zones.ics');

/** `days` from DAY at `time` (local), as an ISO string. */
function onDay(days: number, time: string): string {
  const [hours, minutes] = time.split(':').map(Number) as [number, number];
  const date = new Date(DAY);
  date.setDate(date.getDate() + days);
  date.setHours(hours, minutes, 0, 0);
  return date.toISOString();
}

type Row = [title: string, clientLabel: string, start: string, minutes: number, notes: string];

const languages = {
  de: {
    locale: 'de-DE',
    texts: allTexts.de,
    appointments: <Row[]>[
      ['Erstgespräch', 'K-17', onDay(0, '10:30'), 50, 'Unterlagen der Bank mitbringen'],
      ['Folgetermin Schuldnerberatung', 'K-08', onDay(0, '14:00'), 45, ''],
      ['Paarberatung', 'P-3', onDay(2, '09:00'), 90, ''],
      ['Abschlussgespräch', 'K-02', onDay(-7, '16:00'), 50, ''],
    ],
  },
  en: {
    locale: 'en-GB',
    texts: allTexts.en,
    appointments: <Row[]>[
      ['First consultation', 'K-17', onDay(0, '10:30'), 50, 'Bring the bank letters'],
      ['Debt counselling follow-up', 'K-08', onDay(0, '14:00'), 45, ''],
      ['Couples counselling', 'P-3', onDay(2, '09:00'), 90, ''],
      ['Closing session', 'K-02', onDay(-7, '16:00'), 50, ''],
    ],
  },
};
type Language = keyof typeof languages;

/** The server, a long retention (the images stay the same next year) and the appointments. */
async function setUp(page: Page, language: Language) {
  const drafts: AppointmentDraft[] = languages[language].appointments.map(
    ([title, clientLabel, start, durationMinutes, notes]) => ({
      title,
      clientLabel,
      start,
      durationMinutes,
      notes,
      access: 'password',
    }),
  );
  const failed = await page.evaluate(async (drafts) => {
    const api = window.sprechstunde;
    const settings = await api.settings.update({
      serverUrl: 'https://meet.beratung.example',
      displayName: 'Anna Berger',
      retentionDays: 3650,
    });
    if (!settings.ok) return settings.error;
    for (const draft of drafts) {
      const created = await api.appointments.create(draft);
      if (!created.ok) return created.error;
    }
    return null;
  }, drafts);
  if (failed) throw new Error(`set-up failed: ${JSON.stringify(failed)}`);
}

/** At 200 % zoom the 1200×800 window lays out 600×400 CSS pixels (WCAG 1.4.4 and 1.4.10). */
const ZOOMED = { width: WINDOW.width / 2, height: WINDOW.height / 2 };

async function screensIn(browser: Browser, language: Language) {
  const { locale, texts, appointments } = languages[language];
  const userDataDir = await newUserDataDir();
  const now = clockFromDay();
  const app = await startApp(browser, { userDataDir, locale, now, pageTime: now() });
  try {
    const { page } = app;
    await page.setViewportSize(WINDOW);
    await setUp(page, language);
    await page.reload();
    const button = (name: string) => page.getByRole('button', { name, exact: true });
    const list = page.getByRole('listbox', { name: texts.list.label });
    await list.getByRole('option').nth(1).waitFor();
    await shoot(page, `main-list-${language}`);

    const [selected] = appointments[0]!;
    await list.getByRole('option', { name: new RegExp(selected) }).click();
    await page.getByRole('heading', { name: selected }).waitFor();
    await shoot(page, `main-details-${language}`);

    // Narrow and zoomed, the details stack below the list: opened there, as a
    // counsellor would, they come into sight with the focus.
    for (const [variant, size] of [
      ['320', { width: 320, height: 640 }],
      ['200pct', ZOOMED],
    ] as const) {
      await page.setViewportSize(size);
      await page.evaluate(() => window.scrollTo(0, 0));
      await list.getByRole('option', { name: new RegExp(selected) }).click();
      await page.getByRole('heading', { name: selected }).evaluate(async (heading) => {
        while (document.activeElement !== heading) await new Promise(requestAnimationFrame);
      });
      await shoot(page, `main-details-${variant}-${language}`);
    }
    await page.setViewportSize(WINDOW);

    await button(texts.nav.newAppointment).click();
    await button(texts.actions.save).waitFor();
    await shoot(page, `main-form-${language}`);

    await button(texts.nav.settings).click();
    await page.getByRole('heading', { name: texts.settings.heading }).waitFor();
    await shoot(page, `main-settings-${language}`);

    // The calendar import's preview of the Outlook fixture.
    await page.reload();
    const chooser = page.waitForEvent('filechooser');
    await button(texts.calendarFile.open).click();
    await (await chooser).setFiles(OUTLOOK);
    await button(texts.calendarImport.showPreview).click();
    await page.getByRole('table', { name: texts.calendarImport.caption }).waitFor();
    await shoot(page, `main-import-${language}`);

    // The list alone, narrow and zoomed: a fresh load, nothing selected.
    await page.reload();
    await list.getByRole('option').nth(1).waitFor();
    await page.setViewportSize({ width: 320, height: 640 });
    await shoot(page, `main-list-320-${language}`);
    await page.setViewportSize(ZOOMED);
    await shoot(page, `main-list-200pct-${language}`);
  } finally {
    await app.close();
    await removeUserDataDir(userDataDir);
  }
}

setUpHarness();
await clearScreenshots('main');
const browser = await launchChromium();
try {
  for (const language of ['de', 'en'] as const) await screensIn(browser, language);
} finally {
  await browser.close();
}
