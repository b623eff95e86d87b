import { describe, expect, it } from 'vitest';
import { decideE2ee, e2eeCommands, initialE2ee, type E2eeDecision } from '../../../src/shared/e2ee';
import type { MeetingState } from '../../../src/shared/meeting-state';

const person = (id: string) => ({ id, displayName: id });
const room = (
  others: number,
  role: MeetingState['role'] = 'moderator',
  phase: MeetingState['phase'] = 'joined',
) => ({
  phase,
  role,
  participants: Array.from({ length: others }, (_, index) => person(`p${index}`)),
});

/** Feeds rooms in order, as the meeting view does, and collects the commands. */
function walk(rooms: ReturnType<typeof room>[], setting: 'auto' | 'off' = 'auto') {
  let decision: E2eeDecision = initialE2ee;
  const commands: unknown[] = [];
  const reasons: string[] = [];
  for (const state of rooms) {
    const next = decideE2ee(state, setting, decision);
    commands.push(...e2eeCommands(decision, next));
    reasons.push(next.reason);
    decision = next;
  }
  return { decision, commands, reasons };
}

describe('end-to-end encryption', () => {
  it('is asked for when the counsellor is moderator and one other person is in the room', () => {
    const { commands, reasons } = walk([room(0, 'none'), room(0), room(1)]);
    expect(reasons).toEqual(['waiting', 'waiting', 'one-to-one']);
    expect(commands).toEqual([{ name: 'toggleE2EE', args: [true] }]);
  });

  it('is switched off, with the reason, when a third person joins, and on again when they leave', () => {
    const { commands, reasons } = walk([room(1), room(2), room(1)]);
    expect(reasons).toEqual(['one-to-one', 'third-person', 'one-to-one']);
    expect(commands).toEqual([
      { name: 'toggleE2EE', args: [true] },
      { name: 'toggleE2EE', args: [false] },
      { name: 'toggleE2EE', args: [true] },
    ]);
  });

  it('stays as it was while the counsellor waits alone', () => {
    const { commands, decision } = walk([room(1), room(0)]);
    expect(commands).toEqual([{ name: 'toggleE2EE', args: [true] }]);
    expect(decision).toEqual({ requested: true, reason: 'waiting' });
  });

  it('is never asked for as a guest, nor when switched off', () => {
    expect(walk([room(1, 'participant')])).toMatchObject({
      commands: [],
      reasons: ['guest'],
    });
    expect(walk([room(1), room(1)], 'off')).toMatchObject({
      commands: [],
      reasons: ['switched-off', 'switched-off'],
    });
  });

  it('is switched off when the counsellor loses moderator rights', () => {
    const { commands, reasons } = walk([room(1), room(1, 'participant')]);
    expect(reasons).toEqual(['one-to-one', 'guest']);
    expect(commands).toEqual([
      { name: 'toggleE2EE', args: [true] },
      { name: 'toggleE2EE', args: [false] },
    ]);
  });
});
