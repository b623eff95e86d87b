import { describe, expect, it } from 'vitest';
import {
  decidePermission,
  deniedOnPurpose,
  permissionTable,
} from '../../../src/shared/permissions';

const context = {
  serverOrigin: 'https://meet.example.org',
  appOrigins: new Set(['app://sprechstunde']),
};
const meeting = {
  requestingOrigin: 'https://meet.example.org/abcdefghijklmnopqrstuvwxyz',
  embeddingOrigin: 'app://sprechstunde/index.html',
};

type Row = [
  permission: string,
  requestingOrigin: string | undefined,
  embeddingOrigin: string | undefined,
  mediaTypes: string[] | undefined,
  granted: boolean,
  kind?: 'request' | 'check',
];

// The readable table: what is granted to whom, and every way around it refused.
const table: Row[] = [
  ['media', meeting.requestingOrigin, meeting.embeddingOrigin, ['video', 'audio'], true],
  ['media', meeting.requestingOrigin, meeting.embeddingOrigin, ['audio'], true],
  ['media', 'https://meet.example.org', 'app://sprechstunde', ['unknown'], true, 'check'],
  ['media', 'https://meet.example.org/', 'app://sprechstunde/', ['unknown'], true, 'check'],
  ['display-capture', meeting.requestingOrigin, meeting.embeddingOrigin, ['video'], true],
  ['fullscreen', meeting.requestingOrigin, meeting.embeddingOrigin, undefined, true],
  ['speaker-selection', meeting.requestingOrigin, meeting.embeddingOrigin, undefined, true],
  [
    'speaker-selection',
    'https://meet.example.org/',
    'app://sprechstunde/',
    undefined,
    true,
    'check',
  ],
  ['media', 'HTTPS://MEET.EXAMPLE.ORG:443/', meeting.embeddingOrigin, ['video'], true],
  // Not in the table.
  ['geolocation', meeting.requestingOrigin, meeting.embeddingOrigin, undefined, false],
  ['notifications', meeting.requestingOrigin, meeting.embeddingOrigin, undefined, false],
  ['clipboard-read', meeting.requestingOrigin, meeting.embeddingOrigin, undefined, false],
  [
    'clipboard-sanitized-write',
    meeting.requestingOrigin,
    meeting.embeddingOrigin,
    undefined,
    false,
  ],
  ['midi', meeting.requestingOrigin, meeting.embeddingOrigin, undefined, false],
  ['openExternal', meeting.requestingOrigin, meeting.embeddingOrigin, undefined, false],
  ['usb', meeting.requestingOrigin, meeting.embeddingOrigin, undefined, false],
  ['pointerLock', meeting.requestingOrigin, meeting.embeddingOrigin, undefined, false],
  ['unknown', meeting.requestingOrigin, meeting.embeddingOrigin, undefined, false],
  // In the table, but not the server asking.
  ['media', 'https://evil.test/', meeting.embeddingOrigin, ['video'], false],
  ['media', 'https://evil.meet.example.org/', meeting.embeddingOrigin, ['video'], false],
  ['media', 'https://meet.example.org:8443/', meeting.embeddingOrigin, ['video'], false],
  ['media', 'http://meet.example.org/', meeting.embeddingOrigin, ['video'], false],
  ['fullscreen', 'https://www.youtube.com/embed/x', meeting.embeddingOrigin, undefined, false],
  ['media', undefined, meeting.embeddingOrigin, ['video'], false],
  ['media', 'not a url', meeting.embeddingOrigin, ['video'], false],
  // The server, but not inside the app.
  ['media', meeting.requestingOrigin, undefined, ['video'], false],
  ['media', meeting.requestingOrigin, 'https://evil.test', ['video'], false],
  ['media', meeting.requestingOrigin, 'https://meet.example.org', ['video'], false],
  // Something other than camera and microphone.
  ['media', meeting.requestingOrigin, meeting.embeddingOrigin, ['video', 'screen'], false],
  // The app's own page at top level: camera and microphone for the equipment check.
  ['media', 'app://sprechstunde/meeting.html', undefined, ['video'], true],
  ['media', 'app://sprechstunde/meeting.html', undefined, ['audio'], true],
  // Chromium's check names the origin with a trailing slash; both forms are the app.
  ['media', 'app://sprechstunde', undefined, ['unknown'], true, 'check'],
  ['media', 'app://sprechstunde/', undefined, ['unknown'], true, 'check'],
  ['media', 'APP://SPRECHSTUNDE/', undefined, ['video'], true, 'check'],
  ['media', 'app://other/', undefined, ['unknown'], false, 'check'],
  ['display-capture', 'app://sprechstunde/', undefined, ['video'], false, 'check'],
  ['media', 'app://sprechstunde/meeting.html?x#y', undefined, ['audio'], true],
  // A request names the page: only the meeting page.
  ['media', 'app://sprechstunde/index.html', undefined, ['video'], false],
  ['media', 'app://sprechstunde/', undefined, ['video'], false],
  ['media', 'app://sprechstunde/meeting.html/../index.html', undefined, ['video'], false],
  // … and nothing else for it.
  ['media', 'app://sprechstunde', undefined, ['video'], false],
  ['media', 'app://sprechstunde/meeting.html', undefined, ['video', 'screen'], false],
  ['display-capture', 'app://sprechstunde/meeting.html', undefined, ['video'], false],
  ['fullscreen', 'app://sprechstunde/meeting.html', undefined, undefined, false],
  ['speaker-selection', 'app://sprechstunde/meeting.html', undefined, undefined, false],
  ['geolocation', 'app://sprechstunde/meeting.html', undefined, undefined, false],
  ['notifications', 'app://sprechstunde/meeting.html', undefined, undefined, false],
  // The app's page framed anywhere, even in itself, is not the app's window.
  ['media', 'app://sprechstunde/meeting.html', 'app://sprechstunde', ['video'], false],
  ['media', 'app://sprechstunde/meeting.html', 'https://meet.example.org', ['video'], false],
  ['media', 'app://sprechstunde/meeting.html', 'https://evil.test', ['video'], false],
  // Never the server's page at top level, never another origin at top level.
  ['media', 'https://meet.example.org/', undefined, ['audio'], false],
  ['media', 'https://evil.test/', undefined, ['video'], false],
  ['media', 'app://other/meeting.html', undefined, ['video'], false],
  ['media', 'http://sprechstunde/meeting.html', undefined, ['video'], false],
];

describe('permissions', () => {
  it('grant camera, microphone, display capture and fullscreen to the server, and camera and microphone to the app', () => {
    expect(permissionTable.map((row) => [row.grantedTo, row.permission])).toEqual([
      ['server', 'media'],
      ['server', 'display-capture'],
      ['server', 'fullscreen'],
      ['server', 'speaker-selection'],
      ['app', 'media'],
    ]);
    for (const row of permissionTable) expect(row.why).not.toBe('');
  });

  it('deny what is denied on purpose to everyone, with a reason', () => {
    for (const { permission, why } of deniedOnPurpose) {
      expect(why).not.toBe('');
      for (const kind of ['request', 'check'] as const) {
        expect(decidePermission({ kind, permission, ...meeting }, context)).toBe(false);
      }
    }
  });

  it.each(table)(
    '%s from %s in %s (%j) → %s',
    (permission, requestingOrigin, embeddingOrigin, mediaTypes, granted, kind = 'request') => {
      expect(
        decidePermission(
          { kind, permission, requestingOrigin, embeddingOrigin, mediaTypes },
          context,
        ),
      ).toBe(granted);
    },
  );

  it('grant nothing while no server is configured', () => {
    const askers = [
      meeting,
      { requestingOrigin: 'app://sprechstunde', embeddingOrigin: undefined },
    ];
    for (const { permission } of permissionTable) {
      for (const asker of askers) {
        expect(
          decidePermission(
            { kind: 'check', permission, ...asker, mediaTypes: ['video'] },
            {
              ...context,
              serverOrigin: null,
            },
          ),
        ).toBe(false);
      }
    }
  });

  it('grant the app page camera and microphone on each of its origins (the dev server too)', () => {
    const withDevServer = {
      ...context,
      appOrigins: new Set(['app://sprechstunde', 'http://localhost:5173']),
    };
    const ask = (requestingOrigin: string) =>
      decidePermission(
        {
          kind: 'request',
          permission: 'media',
          requestingOrigin,
          embeddingOrigin: undefined,
          mediaTypes: ['audio'],
        },
        withDevServer,
      );
    expect(ask('http://localhost:5173/meeting.html')).toBe(true);
    expect(ask('http://localhost:5174/meeting.html')).toBe(false);
  });
});
