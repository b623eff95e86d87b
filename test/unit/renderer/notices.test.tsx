import type { i18n } from 'i18next';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nProvider } from '../../../src/renderer/i18n/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { translations } from '../../fixtures/i18n';
import { updateFailureReasons, type StartupNotice } from '../../../src/shared/ipc-contract';
import { Notices } from '../../../src/renderer/components/Notices';

let languages: Record<'de' | 'en', i18n>;
beforeAll(async () => {
  languages = await translations();
});

function text(lng: 'de' | 'en', notice: StartupNotice): string {
  const html = renderToStaticMarkup(
    <I18nProvider i18n={languages[lng]}>
      <Notices notices={[notice]} onDismiss={() => {}} />
    </I18nProvider>,
  );
  return /<p>(.*)<\/p>/s.exec(html)![1]!.replaceAll('&quot;', '"');
}

describe('a notice about refused settings', () => {
  const refused: StartupNotice = {
    kind: 'settings-refused',
    values: [
      { key: 'serverUrl', value: 'http://plain.example' },
      { key: 'defaultAccess', value: 'open' },
    ],
    keptAt: '/home/b/.config/Sprechstunde/settings.json.refused-2026-11-23T10-00-00-000Z',
  };

  it('names each refused setting by its label with the value, and where the file is kept', () => {
    expect(text('de', refused)).toBe(
      'Diese gespeicherten Einstellungen sind ungültig und werden nicht verwendet: ' +
        'Adresse des Jitsi-Servers: „http://plain.example“; ' +
        'Zugang für neue Termine: „open“. Es gelten die Standardwerte. ' +
        'Die Datei, wie sie war, wird 30 Tage lang aufbewahrt und dann automatisch gelöscht; ' +
        'bis dahin liegt sie unter: ' +
        '/home/b/.config/Sprechstunde/settings.json.refused-2026-11-23T10-00-00-000Z',
    );
    expect(text('en', refused)).toContain('Jitsi server address: “http://plain.example”');
  });

  it('says the file was left unchanged when no copy could be kept', () => {
    expect(text('en', { ...refused, keptAt: null })).toMatch(
      /The defaults apply; the settings file was left unchanged\.$/,
    );
  });
});

describe('a notice about a file moved aside', () => {
  const movedTo =
    '/home/b/.config/Sprechstunde/appointments.sealed.symlink-2026-11-23T10-00-00-000Z';
  const notice: StartupNotice = {
    kind: 'store-moved-aside',
    file: 'appointments',
    reason: 'symlink',
    movedTo,
  };

  it('says for how long it is kept before it is deleted, and where it is until then', () => {
    expect(text('de', notice)).toBe(
      'Die Termindatei konnte nicht gelesen werden (eine Verknüpfung (symbolischer Link) auf ' +
        'eine andere Datei, der Sprechstunde nicht folgt; verschoben und später gelöscht wird ' +
        'nur die Verknüpfung, nie ihr Ziel). Sie bleibt 30 Tage lang erhalten und wird danach ' +
        `automatisch gelöscht; bis dahin liegt sie unter: ${movedTo}`,
    );
    expect(text('en', { ...notice, file: 'log', reason: 'unreadable' })).toBe(
      'The log could not be written (not readable). What was in its place is kept for 30 days ' +
        `and then deleted automatically; until then it is at: ${movedTo}`,
    );
  });
});

describe('a notice about an update that was not installed', () => {
  it('says for every reason, in German and English, that nothing was installed', () => {
    for (const reason of updateFailureReasons) {
      const notice: StartupNotice = { kind: 'update-failed', reason };
      expect(text('de', notice), reason).toContain('nichts installiert');
      expect(text('en', notice), reason).toContain('Nothing was installed');
    }
  });

  it('gives each reason its own text', () => {
    for (const lng of ['de', 'en'] as const) {
      const texts = updateFailureReasons.map((reason) =>
        text(lng, { kind: 'update-failed', reason }),
      );
      expect(new Set(texts).size).toBe(updateFailureReasons.length);
    }
  });
});
