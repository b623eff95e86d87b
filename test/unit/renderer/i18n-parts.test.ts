import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadPart, setUpI18n } from '../../../src/renderer/i18n';

beforeAll(async () => {
  // setUpI18n marks the page's language; that is all it needs of a document.
  Object.assign(globalThis, { document: { documentElement: {} } });
  await setUpI18n('en');
});

describe('loadPart', () => {
  it('answers every caller only once the texts are there, loading them once', async () => {
    const key = 'calendarImport.title';
    expect(i18next.exists(key)).toBe(false);
    const seen: boolean[] = [];
    await Promise.all([
      loadPart('calendarImport').then(() => seen.push(i18next.exists(key))),
      loadPart('calendarImport').then(() => seen.push(i18next.exists(key))),
    ]);
    expect(seen).toEqual([true, true]);
    expect(i18next.t(key)).toBe('Import appointments from a calendar file');
  });
});
