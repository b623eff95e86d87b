import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { channels, ipcContract, type Channel } from '../../../src/shared/ipc-contract';
import { appointment, draft } from '../../fixtures/appointments';

const id = '4d4b7f0e-8f1a-4c0b-9a55-0f3f8f2c8b6e';

// Every channel: requests that must pass and requests that must be refused.
const requests: Record<Channel, { valid: unknown[]; invalid: unknown[] }> = {
  'appointments:query': {
    valid: [
      { view: 'today', filter: '', day: { start: 0, end: 86_400_000 }, offset: 0, limit: 100 },
      { view: 'past', filter: 'K-1', day: { start: 10, end: 20 }, offset: 500, limit: 500 },
    ],
    invalid: [
      undefined,
      { view: 'all', filter: '', day: { start: 0, end: 1 }, offset: 0, limit: 100 },
      { view: 'today', filter: '', day: { start: 5, end: 5 }, offset: 0, limit: 100 },
      { view: 'today', filter: '', day: { start: 0, end: 1 }, offset: -1, limit: 100 },
      { view: 'today', filter: '', day: { start: 0, end: 1 }, offset: 0, limit: 501 },
      { view: 'today', filter: '', day: { start: 0, end: 1 }, offset: 0, limit: 0 },
      { view: 'today', filter: 'x'.repeat(201), day: { start: 0, end: 1 }, offset: 0, limit: 1 },
    ],
  },
  'appointments:get': { valid: [{ id }], invalid: [{ id: 'K-17' }, {}, undefined] },
  'appointments:create': {
    valid: [
      draft(),
      draft({ clientLabel: '', notes: '' }),
      draft({ start: '2026-11-24T10:00:00+01:00' }),
    ],
    invalid: [
      undefined,
      {},
      draft({ title: '   ' }),
      draft({ title: 'x'.repeat(201) }),
      draft({ start: 'morgen' }),
      draft({ start: '2026-11-24T10:00:00' }),
      draft({ durationMinutes: 4 }),
      draft({ durationMinutes: 481 }),
      draft({ durationMinutes: 12.5 }),
      { ...draft(), durationMinutes: '50' },
      { ...draft(), notes: undefined },
    ],
  },
  'appointments:update': {
    valid: [{ id, draft: draft() }],
    invalid: [{ id: 'nope', draft: draft() }, { id }, { id, draft: { title: 'only' } }],
  },
  'appointments:setStatus': {
    valid: [
      { id, status: 'done' },
      { id, status: 'cancelled' },
      { id, status: 'planned' },
    ],
    invalid: [{ id, status: 'deleted' }, { status: 'done' }],
  },
  'appointments:delete': { valid: [{ id }], invalid: [{ id: 42 }, id, undefined] },
  'store:startEmpty': { valid: [undefined], invalid: [{ force: true }] },
  'store:retry': { valid: [undefined], invalid: ['now'] },
  'app:firstScreen': {
    valid: [{ day: { start: 0, end: 86_400_000 } }],
    invalid: [undefined, {}, { day: { start: 2, end: 1 } }, { day: { start: -1, end: 1 } }],
  },
  'settings:view': { valid: [undefined], invalid: [{ all: true }] },
  'settings:update': {
    valid: [
      {},
      { language: 'de' },
      { language: 'system' },
      { serverUrl: 'https://meet.example.org' },
      { serverUrl: null },
      { retentionDays: 1 },
      { retentionDays: 3650 },
      { extraOrigins: ['wss://xmpp.example.org'], relayOnly: true },
      { iceServers: ['turns:turn.example.org:443?transport=tcp'], spkiPins: [] },
    ],
    invalid: [
      { language: 'fr' },
      { serverUrl: 'http://meet.example.org' },
      { serverUrl: 'javascript:alert(1)' },
      { serverUrl: 'meet.example.org' },
      { retentionDays: 0 },
      { retentionDays: 3651 },
      { retentionDays: 2.5 },
      { extraOrigins: ['http://xmpp.example.org'] },
      { extraOrigins: 'wss://xmpp.example.org' },
      { iceServers: ['stun:stun.l.google.com:19302?x'] },
      { spkiPins: ['not-a-pin'] },
      { relayOnly: 'yes' },
      undefined,
    ],
  },
  'token:status': { valid: [undefined], invalid: [{ reveal: true }] },
  'token:save': {
    valid: [{ token: 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.c2ln' }],
    invalid: [
      undefined,
      {},
      { token: '' },
      { token: '   ' },
      { token: 'x'.repeat(16_385) },
      { token: 42 },
    ],
  },
  'token:delete': { valid: [undefined], invalid: [{ all: true }] },
  'server:status': { valid: [undefined], invalid: ['https://evil.test'] },
  'consultation:join': {
    valid: [
      { id, asGuest: false },
      { id, asGuest: true },
    ],
    invalid: [undefined, { id }, { id, asGuest: 'yes' }, { id: 'room', asGuest: true }],
  },
  'consultation:report': { valid: [undefined], invalid: [{ id }] },
  'links:take': { valid: [undefined], invalid: [{ url: 'sprechstunde://appointment/x' }] },
  'meeting:spec': { valid: [undefined], invalid: [{ id }] },
  'meeting:report': { valid: [undefined], invalid: [{ id }] },
  'meeting:leave': { valid: [undefined], invalid: [{ markDone: true }] },
  'meeting:stage': {
    valid: [{ stage: 'check' }, { stage: 'conference' }, { stage: 'failed' }],
    invalid: [undefined, { stage: 'joined' }, { stage: 1 }],
  },
  'kiosk:state': { valid: [undefined], invalid: [{ status: 'ready' }] },
  'kiosk:join': {
    valid: [
      {
        input: 'https://meet.example.org/abcdefghijklmnopqrstuvwxyz',
        displayName: 'Gast',
        language: 'de',
      },
      { input: '', displayName: '', language: 'en' },
    ],
    invalid: [
      { input: 'x'.repeat(20_001), displayName: 'Gast', language: 'de' },
      { input: 'abc', displayName: 'Gast', language: 'fr' },
      { input: 'abc', language: 'de' },
    ],
  },
  'kiosk:activity': { valid: [undefined], invalid: [{ at: 1 }] },
  'kiosk:done': { valid: [undefined], invalid: [{ wipe: false }] },
  'kiosk:exit': {
    valid: [{ pin: '2468' }],
    invalid: [{ pin: '' }, { pin: 'x'.repeat(65) }, undefined],
  },
  'calendar:preview': {
    valid: [
      { file: Buffer.from('BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n').toString('base64') },
      { file: '', windowWeeks: 1, takeDescription: true },
      { file: 'QUJD', windowWeeks: 52, takeDescription: false },
    ],
    invalid: [
      undefined,
      {},
      { file: 'not base64!' },
      { file: 'QUJD', windowWeeks: 0 },
      { file: 'QUJD', windowWeeks: 53 },
      { file: 'QUJD', windowWeeks: 2.5 },
      { file: 'QUJD', takeDescription: 'yes' },
      { file: 'A'.repeat(Math.ceil((10 * 1024 * 1024) / 3) * 4 + 4) },
      { file: [66, 69] },
    ],
  },
  'calendar:import': {
    valid: [{ previewId: id }],
    invalid: [undefined, {}, { previewId: 'latest' }, { previewId: 42 }],
  },
  'invitation:get': {
    valid: [
      { id, language: 'de' },
      { id, language: 'en' },
    ],
    invalid: [{ id }, { id, language: 'fr' }, { language: 'de' }],
  },
  'invitation:saveIcs': { valid: [{ id, language: 'en' }], invalid: [{ id, language: 'system' }] },
  'clipboard:writeText': {
    valid: [{ text: 'Guten Tag' }],
    invalid: [{ text: '' }, { text: 'x'.repeat(20_001) }, 'text', undefined],
  },
};

describe('IPC contract', () => {
  it('has test cases for every channel', () => {
    expect(Object.keys(requests).sort()).toEqual([...channels].sort());
    expect(Object.keys(ipcContract).sort()).toEqual([...channels].sort());
  });

  for (const channel of channels) {
    const schema = ipcContract[channel].request as z.ZodType;
    it(`${channel} accepts valid requests`, () => {
      for (const payload of requests[channel].valid) {
        expect(schema.safeParse(payload).success, JSON.stringify(payload)).toBe(true);
      }
    });
    it(`${channel} refuses invalid requests`, () => {
      for (const payload of requests[channel].invalid) {
        expect(schema.safeParse(payload).success, JSON.stringify(payload)).toBe(false);
      }
    });
  }

  it('trims titles and labels, and names the field of each problem with an i18n key', () => {
    const parsed = ipcContract['appointments:create'].request.parse(draft({ title: '  Termin  ' }));
    expect(parsed.title).toBe('Termin');
    const refused = ipcContract['appointments:create'].request.safeParse(
      draft({ title: '', durationMinutes: 1000 }),
    );
    expect(refused.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([
      ['title', 'validation.title.required'],
      ['durationMinutes', 'validation.duration.range'],
    ]);
  });

  it('replies strip fields the contract does not name', () => {
    const reply = ipcContract['appointments:create'].reply.parse({ ...appointment(), secret: 'x' });
    expect(reply).not.toHaveProperty('secret');
  });
});
