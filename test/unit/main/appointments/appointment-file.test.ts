import { describe, expect, it } from 'vitest';
import { serializeDocument } from '../../../../src/main/appointments/appointment-file';
import { APPOINTMENT_SCHEMA_VERSION } from '../../../../src/shared/appointment-document';
import { appointment } from '../../../fixtures/appointments';

describe('appointment document serialisation', () => {
  it('writes exactly what JSON.stringify writes, also after changes', () => {
    const first = [appointment(), appointment({ clientLabel: 'Ä "quoted" \\ \u2028' })];
    expect(serializeDocument(first).toString()).toBe(
      JSON.stringify({ schemaVersion: APPOINTMENT_SCHEMA_VERSION, appointments: first }),
    );
    const changed = [first[0]!, { ...first[1]!, title: 'Neu' }, appointment()];
    expect(serializeDocument(changed).toString()).toBe(
      JSON.stringify({ schemaVersion: APPOINTMENT_SCHEMA_VERSION, appointments: changed }),
    );
    expect(serializeDocument([]).toString()).toBe(
      `{"schemaVersion":${APPOINTMENT_SCHEMA_VERSION},"appointments":[]}`,
    );
  });
});
