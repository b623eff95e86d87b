import { describe, expect, it } from 'vitest';
import { createExternalLinkOpener } from '../../../../src/main/windows/external-links';
import { externalLinkTarget } from '../../../../src/shared/external-link';

const quiet = { info() {}, warn() {}, error() {} };

function opener(answer: boolean | Promise<boolean>, language: 'de' | 'en' = 'de') {
  const asked: { message: string; detail: string }[] = [];
  const opened: string[] = [];
  const open = createExternalLinkOpener({
    confirm: (question) => {
      asked.push(question);
      return Promise.resolve(answer);
    },
    open: (url) => {
      opened.push(url);
      return Promise.resolve();
    },
    language: () => language,
    log: quiet,
  });
  return { open, asked, opened };
}

describe('external links', () => {
  it.each([
    ['https://jitsi.org/meet/privacy', { kind: 'web', shown: 'jitsi.org' }],
    ['mailto:beratung@example.org', { kind: 'mail', shown: 'mailto:beratung@example.org' }],
    [
      'mailto:beratung@example.org?subject=Termin&body=Meine%20Kontonummer%3A%201234',
      {
        kind: 'mail',
        shown: 'mailto:beratung@example.org?subject=Termin&body=Meine Kontonummer: 1234',
      },
    ],
    ['mailto:beratung@example.org?attach=/etc/passwd', null],
    ['mailto:beratung@example.org?body=x&Attachment=C:%5Cnotes.txt', null],
    ['mailto:beratung@example.org?body=%E0%A4%A', null],
    ['http://jitsi.org/', null],
    ['https://user:pw@evil.test/', null],
    ['file:///etc/passwd', null],
    ['javascript:alert(1)', null],
    ['jitsi-meet://meet.example.org/room', null],
    ['ms-settings:privacy', null],
    ['not a url', null],
  ])('%s → %j', (url, target) => {
    expect(externalLinkTarget(url)).toEqual(target);
  });

  it('open https after the counsellor confirms, showing the host only', async () => {
    const { open, asked, opened } = opener(true);
    await expect(open('https://jitsi.org/meet/privacy?x=1')).resolves.toBe(true);
    expect(asked[0]?.message).toBe('Diesen Link im Browser öffnen?');
    expect(asked[0]?.detail.split('\n')[0]).toBe('jitsi.org');
    expect(opened).toEqual(['https://jitsi.org/meet/privacy?x=1']);
  });

  it('open nothing when the counsellor declines', async () => {
    const { open, opened } = opener(false, 'en');
    await expect(open('mailto:beratung@example.org')).resolves.toBe(false);
    expect(opened).toEqual([]);
  });

  it('refuse other schemes without asking', async () => {
    const { open, asked, opened } = opener(true);
    await expect(open('file:///etc/passwd')).resolves.toBe(false);
    await expect(open('http://jitsi.org/')).resolves.toBe(false);
    expect(asked).toEqual([]);
    expect(opened).toEqual([]);
  });

  it('ask one question at a time: a page cannot pile up dialogs', async () => {
    let answer!: (value: boolean) => void;
    const { open, asked } = opener(new Promise<boolean>((resolve) => (answer = resolve)));
    const first = open('https://a.example/');
    await expect(open('https://b.example/')).resolves.toBe(false);
    answer(true);
    await expect(first).resolves.toBe(true);
    expect(asked).toHaveLength(1);
  });
});
