import { describe, expect, it } from 'vitest';
import { fail, ok } from '../../../src/shared/result';
import { callState, noCalls, outcomeOf, type CallEvent } from '../../../src/renderer/use-main-call';

const run = (...events: CallEvent[]) => events.reduce(callState, noCalls);
const refused = fail('storage-failed');
const badField = fail('invalid-request', [{ path: 'title', message: 'appointment.titleRequired' }]);

describe('a call to main', () => {
  it('is busy until every call sent is answered or lost', () => {
    expect(run({ kind: 'sent' }).pending).toBe(1);
    expect(
      run({ kind: 'sent' }, { kind: 'sent' }, { kind: 'answered', result: ok(1) }).pending,
    ).toBe(1);
    expect(
      run({ kind: 'sent' }, { kind: 'sent' }, { kind: 'answered', result: ok(1) }, { kind: 'lost' })
        .pending,
    ).toBe(0);
  });

  it('keeps a refusal as the error to explain, until dismissed or a later call is answered', () => {
    const failed = run({ kind: 'sent' }, { kind: 'answered', result: refused });
    expect(failed.error).toEqual({ code: 'storage-failed' });
    expect(callState(failed, { kind: 'dismissed' }).error).toBeNull();
    expect(
      callState(callState(failed, { kind: 'sent' }), { kind: 'answered', result: ok(null) }).error,
    ).toBeNull();
    expect(callState(failed, { kind: 'lost' }).error).toEqual({ code: 'storage-failed' });
  });

  it('gives field issues back to the form instead of an error message', () => {
    const state = run(
      { kind: 'sent' },
      { kind: 'answered', result: refused },
      { kind: 'sent' },
      { kind: 'answered', result: badField },
    );
    expect(state.error).toBeNull();
    expect(outcomeOf(badField)).toEqual({
      ok: false,
      issues: [{ path: 'title', message: 'appointment.titleRequired' }],
    });
  });

  it('gives the caller no field issues for a refusal about no field', () => {
    expect(outcomeOf(refused)).toEqual({ ok: false, issues: [] });
    expect(outcomeOf(fail('not-found', []))).toEqual({ ok: false, issues: [] });
    expect(run({ kind: 'answered', result: fail('not-found', []) }).error).toEqual({
      code: 'not-found',
      issues: [],
    });
  });

  it('hands the value on', () => {
    expect(outcomeOf(ok({ id: 'a' }))).toEqual({ ok: true, value: { id: 'a' } });
  });
});
