import { describe, expect, it } from 'vitest';
import { decidePermission, permissionTable } from '../../../src/shared/permissions';

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
];

// The readable table: what is granted to whom, and every way around it refused.
const table: Row[] = [
  ['media', meeting.requestingOrigin, meeting.embeddingOrigin, ['video', 'audio'], true],
  ['media', meeting.requestingOrigin, meeting.embeddingOrigin, ['audio'], true],
  ['media', 'https://meet.example.org', 'app://sprechstunde', ['unknown'], true],
  ['display-capture', meeting.requestingOrigin, meeting.embeddingOrigin, ['video'], true],
  ['fullscreen', meeting.requestingOrigin, meeting.embeddingOrigin, undefined, true],
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
  ['media', 'app://sprechstunde/index.html', undefined, ['video'], false],
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
];

describe('permissions', () => {
  it('grant camera, microphone, display capture and fullscreen only', () => {
    expect(permissionTable.map((row) => row.permission)).toEqual([
      'media',
      'display-capture',
      'fullscreen',
    ]);
  });

  it.each(table)(
    '%s from %s in %s (%j) → %s',
    (permission, requestingOrigin, embeddingOrigin, mediaTypes, granted) => {
      expect(
        decidePermission({ permission, requestingOrigin, embeddingOrigin, mediaTypes }, context),
      ).toBe(granted);
    },
  );

  it('grant nothing while no server is configured', () => {
    for (const { permission } of permissionTable) {
      expect(
        decidePermission(
          { permission, ...meeting, mediaTypes: ['video'] },
          {
            ...context,
            serverOrigin: null,
          },
        ),
      ).toBe(false);
    }
  });
});
