import type { i18n } from 'i18next';
import { renderToStaticMarkup } from 'react-dom/server';
import { beforeAll, describe, expect, it } from 'vitest';
import { CrashBoundary, type CrashAudience } from '../../../src/renderer/components/CrashBoundary';
import { I18nProvider } from '../../../src/renderer/i18n/react';
import { translations } from '../../fixtures/i18n';

let languages: Record<'de' | 'en', i18n>;
beforeAll(async () => {
  languages = await translations();
});

const audiences: CrashAudience[] = ['main', 'meeting', 'kiosk'];

describe('the crash boundary', () => {
  it('shows its window as long as nothing throws', () => {
    const html = renderToStaticMarkup(
      <I18nProvider i18n={languages.de}>
        <CrashBoundary audience="main" onRecover={() => {}}>
          <p>Termine</p>
        </CrashBoundary>
      </I18nProvider>,
    );
    expect(html).toBe('<p>Termine</p>');
  });

  // React's server renderer does not catch (error boundaries are a client
  // feature); the e2e test in appointments.test.ts shows the boundary at work.
  it.each(audiences)(
    'has a message and a way on for the %s window in both languages',
    (audience) => {
      for (const lng of ['de', 'en'] as const) {
        const instance = languages[lng];
        for (const key of ['crash.heading', `crash.${audience}.body`, `crash.${audience}.action`]) {
          expect(instance.exists(key), `${lng} ${key}`).toBe(true);
        }
      }
    },
  );
});
