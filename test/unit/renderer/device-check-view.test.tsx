import type { i18n } from 'i18next';
import { I18nProvider } from '../../../src/renderer/i18n/react';
import { renderToStaticMarkup } from 'react-dom/server';
import { beforeAll, describe, expect, it } from 'vitest';
import { translations } from '../../fixtures/i18n';
import {
  checkVerdict,
  isChecking,
  type DeviceCheckResults,
} from '../../../src/shared/device-check';
import type { MeetingSpec } from '../../../src/shared/ipc-contract';
import { DeviceCheckView } from '../../../src/renderer/meeting/DeviceCheck';
import { MeetingApp } from '../../../src/renderer/meeting/MeetingApp';
import {
  initialDeviceCheckState,
  type DeviceCheckState,
} from '../../../src/renderer/meeting/use-device-check';

let languages: Record<'de' | 'en', i18n>;
beforeAll(async () => {
  languages = await translations();
});

const noop = () => {};
function render(
  state: Partial<DeviceCheckState>,
  lng: 'de' | 'en' = 'en',
  audience: 'counsellor' | 'client' = 'counsellor',
): string {
  const full = { ...initialDeviceCheckState, ...state };
  const results: DeviceCheckResults = full;
  return renderToStaticMarkup(
    <I18nProvider i18n={languages[lng]}>
      <DeviceCheckView
        state={full}
        verdict={checkVerdict(results)}
        checking={isChecking(results)}
        playTestSound={noop}
        answerSpeakers={noop}
        choose={noop}
        checkAgain={noop}
        audience={audience}
      />
    </I18nProvider>,
  );
}

const stream = {} as MediaStream;
const allWell: Partial<DeviceCheckState> = {
  camera: 'ok',
  microphone: 'ok',
  stream,
  level: 0.4,
  connection: {
    status: 'done',
    https: { reachable: true, rttMs: 42 },
    websocket: { reachable: true, rttMs: 55 },
  },
  download: { status: 'done', kbps: 12_345 },
};
const statusOf = (html: string) => /<div[^>]*role="status"[^>]*>(.*?)<\/div>/.exec(html)?.[1];

describe('the equipment check view', () => {
  it('shows the parts while checking, and says it is checking', () => {
    const html = render({});
    expect(html).toMatch(/<h2[^>]*>Check your equipment<\/h2>/);
    for (const heading of ['Camera', 'Microphone', 'Speakers', 'Connection to the server']) {
      expect(html).toContain(`>${heading}</h3>`);
    }
    expect(html).not.toContain('<video');
    expect(html).toMatch(/<label for="([^"]+)">Your microphone level<\/label><meter id="\1"/);
    expect(html).toContain('>Play test sound</button>');
    expect(html).not.toContain('I heard it');
    expect(html).toContain('>Check again</button>');
    expect(statusOf(html)).toContain('Checking …');
    expect(html).toContain('Checking the connection to the server …');
  });

  it('shows the preview, the round trips and "all set" when everything works', () => {
    const html = render({ ...allWell, soundPlayed: true, speakers: 'heard' });
    expect(html).toMatch(/<video[^>]*aria-label="Your camera preview"/);
    expect(html).toMatch(/<video[^>]*\bautoplay=""/i);
    expect(html).toMatch(/<video[^>]*\bplaysinline=""/i);
    expect(html).toMatch(/<video[^>]*\bmuted=""/);
    expect(html).toContain('value="0.4"');
    expect(html).toContain('Server reachable (HTTPS 42 ms, WebSocket 55 ms)');
    expect(html).toContain('<button type="button" aria-pressed="true">I heard it</button>');
    expect(html).toContain('<button type="button" aria-pressed="false">I heard nothing</button>');
    expect(statusOf(html)).toContain('All set.');
    expect(html).toContain(
      'Download: about 12,345 kbit/s – enough for video (at least 2,000 kbit/s needed).',
    );
  });

  it('asks for the speaker test before it says "all set"', () => {
    const html = render(allWell);
    expect(statusOf(html)).toContain('Nearly done: play the test sound');
    expect(statusOf(html)).not.toContain('All set.');
  });

  it('says in plain words when the download is below 2,000 kbit/s', () => {
    const html = render({ ...allWell, download: { status: 'done', kbps: 1_200 } }, 'de');
    expect(html).toContain(
      'Download: nur etwa 1.200 kbit/s – für Video sind mindestens 2.000 kbit/s nötig.',
    );
    expect(statusOf(html)).toContain('Eingeschränkt:');
    expect(statusOf(html)).toContain('unter 2.000 kbit/s, dem Mindestwert für Videosprechstunden');
  });

  it('offers a choice only where there is more than one device, each labelled', () => {
    const html = render({
      ...allWell,
      devices: {
        camera: [{ id: 'cam-1', label: 'Built-in camera' }],
        microphone: [
          { id: 'default', label: 'Default - Headset' },
          { id: 'mic-2', label: '' },
        ],
        speaker: [
          { id: 'default', label: 'Default - Speakers' },
          { id: 'out-2', label: 'Headset' },
        ],
      },
      chosen: { speaker: 'out-2' },
    });
    expect(html).not.toContain('Use camera');
    expect(html).toMatch(/<label for="([^"]+)">Use microphone<\/label><select id="\1"/);
    expect(html).toContain('>Microphone 2</option>');
    expect(html).toMatch(/<label for="([^"]+)">Play sound through<\/label><select id="\1"/);
    expect(html).toMatch(/<option value="out-2" selected="">Headset<\/option>/);
  });

  it('explains a limited consultation in plain words', () => {
    const html = render({ ...allWell, camera: 'missing', stream: null });
    expect(statusOf(html)).toContain('Limited:');
    expect(statusOf(html)).toContain('No camera found: audio only is possible.');
  });

  it('says in German when the server cannot be reached', () => {
    const html = render(
      {
        ...allWell,
        connection: {
          status: 'done',
          https: { reachable: false, failure: 'unreachable' },
          websocket: { reachable: false, failure: 'unreachable' },
        },
      },
      'de',
    );
    expect(html).toMatch(/<h2[^>]*>Technik-Check<\/h2>/);
    expect(html).toContain('>Verbindung zum Server</h3>');
    expect(html).toContain('Server nicht erreichbar.');
    expect(statusOf(html)).toContain(
      'Der Server ist nicht erreichbar. Prüfen Sie die Internetverbindung.',
    );
    expect(html).toContain('Sie können jederzeit beitreten.');
  });

  it('speaks plainly to a client at a kiosk: no numbers, no servers, the staff for what only they fix', () => {
    for (const lng of ['en', 'de'] as const) {
      const working = render({ ...allWell, soundPlayed: true, speakers: 'heard' }, lng, 'client');
      const broken = render(
        {
          ...allWell,
          camera: 'denied',
          microphone: 'missing',
          stream: null,
          connection: {
            status: 'done',
            https: { reachable: true, rttMs: 42 },
            websocket: { reachable: false, failure: 'unreachable' },
          },
          download: { status: 'done', kbps: 1_200 },
        },
        lng,
        'client',
      );
      for (const html of [working, broken]) {
        for (const jargon of [
          /kbit/i,
          /\bms\b/,
          /HTTPS/,
          /WebSocket/,
          /Server/,
          /Sprechstunde/,
          /\bIT\b/,
        ]) {
          expect(html, `${lng}: ${jargon}`).not.toMatch(jargon);
        }
      }
      expect(statusOf(broken)).toContain(lng === 'en' ? 'Please tell the staff.' : 'Personal');
    }
    const en = render({ ...allWell, soundPlayed: true, speakers: 'heard' }, 'en', 'client');
    expect(en).toMatch(/<h2[^>]*>Test camera and sound<\/h2>/);
    expect(en).toContain('>Internet</h3>');
    expect(en).toContain('The internet connection is fast enough for picture and sound.');
    expect(statusOf(en)).toContain('Everything works.');
    // The counsellor's check keeps its own words.
    expect(render({ ...allWell, soundPlayed: true, speakers: 'heard' })).toContain(
      'Server reachable (HTTPS 42 ms, WebSocket 55 ms)',
    );
  });

  it('uses no inline styles (the CSP allows none)', () => {
    expect(render({ ...allWell, soundPlayed: true })).not.toMatch(/\sstyle=/);
  });
});

describe('the meeting page before joining', () => {
  const spec: MeetingSpec = {
    serverOrigin: 'https://meet.example.org',
    domain: 'meet.example.org',
    roomName: 'abcdefghijklmnopqrstuvwxyz',
    jwt: 'token',
    displayName: 'Counsellor',
    language: 'en',
    roomPassword: 'x',
    mode: 'counsellor',
    access: 'password',
    e2ee: 'auto',
    configOverwrite: {},
    interfaceConfigOverwrite: {},
    start: '2027-05-19T09:45:00+02:00',
    durationMinutes: 50,
  };

  it('shows the check above the join and cancel buttons, which it never disables', () => {
    const html = renderToStaticMarkup(
      <I18nProvider i18n={languages.en}>
        <MeetingApp spec={spec} />
      </I18nProvider>,
    );
    const check = html.indexOf('Check your equipment');
    const join = html.indexOf('>Join the consultation</button>');
    const cancel = html.indexOf('>Cancel</button>');
    expect(check).toBeGreaterThan(-1);
    expect(join).toBeGreaterThan(check);
    expect(cancel).toBeGreaterThan(join);
    expect(html).not.toMatch(/<button[^>]*disabled[^>]*>Join the consultation/);
    // No other button a test (or a person) could take for the join button.
    expect(html.match(/<button[^>]*>[^<]*join the consultation/gi)).toHaveLength(1);
  });

  it('at a kiosk, tells the client what to do without naming Jitsi, and keeps the counsellor’s words for the counsellor', () => {
    const render = (mode: MeetingSpec['mode']) =>
      renderToStaticMarkup(
        <I18nProvider i18n={languages.en}>
          <MeetingApp spec={{ ...spec, mode, jwt: null, roomPassword: null }} />
        </I18nProvider>,
      );
    const kiosk = render('kiosk');
    expect(kiosk).toContain('Test your camera and sound here. Then the session begins.');
    expect(kiosk).toContain('<main class="meeting-check for-client">');
    expect(kiosk).not.toContain('Jitsi');
    const counsellor = render('counsellor');
    expect(counsellor).toContain('<main class="meeting-check">');
    expect(counsellor).toContain('Jitsi shows you a preview first.');
  });
});
