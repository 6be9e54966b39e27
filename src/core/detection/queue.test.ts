import { describe, expect, it } from 'vitest';
import {
  actionDateProblem,
  allowedActions,
  decideAction,
  type SignalState,
  timeToFirstSupport,
} from './queue.ts';

const state = (
  status: SignalState['status'],
  outcome: SignalState['outcome'] = null,
  offerId: string | null = null,
) => ({
  status,
  outcome,
  offerId,
});

describe('the queue', () => {
  it.each([
    ['new', { kind: 'acknowledge' }, { kind: 'apply', status: 'acknowledged' }],
    ['acknowledged', { kind: 'acknowledge' }, { kind: 'no_op' }],
    ['new', { kind: 'contact', date: '2026-01-02' }, { kind: 'apply', status: 'contacted' }],
    ['contacted', { kind: 'contact', date: '2026-01-03' }, { kind: 'apply', status: 'contacted' }],
    [
      'acknowledged',
      { kind: 'outcome', outcome: 'universal', offerId: null, date: '2026-01-02' },
      { kind: 'apply', status: 'closed' },
    ],
    ['closed', { kind: 'acknowledge' }, { kind: 'no_op' }],
    ['closed', { kind: 'contact', date: '2026-01-02' }, { kind: 'conflict' }],
  ] as const)('%s + %o → %o', (status, action, expected) => {
    const closedAs = status === 'closed' ? state('closed', 'universal') : state(status);
    expect(decideAction(closedAs, action)).toMatchObject(expected);
  });

  it('repeats the same outcome as a no-op and refuses a different one', () => {
    const closed = state('closed', 'early_offer', 'o1');
    expect(
      decideAction(closed, { kind: 'outcome', outcome: 'early_offer', offerId: 'o1', date: '2026-01-01' }),
    ).toEqual({
      kind: 'no_op',
    });
    expect(
      decideAction(closed, { kind: 'outcome', outcome: 'early_offer', offerId: 'o2', date: '2026-01-01' })
        .kind,
    ).toBe('conflict');
    expect(
      decideAction(closed, { kind: 'outcome', outcome: 'report', offerId: null, date: '2026-01-01' }).kind,
    ).toBe('conflict');
  });

  it('offers the actions that make sense now', () => {
    expect(allowedActions('new')).toEqual(['acknowledge', 'contact', 'outcome']);
    expect(allowedActions('contacted')).toEqual(['contact', 'outcome']);
    expect(allowedActions('closed')).toEqual([]);
  });

  it('keeps each step between the raising of the signal and today', () => {
    expect(actionDateProblem('2026-03-02', '2026-03-01', '2026-03-05')).toBeNull();
    expect(actionDateProblem('2026-03-06', '2026-03-01', '2026-03-05')).toMatch(/efter i dag/);
    expect(actionDateProblem('2026-02-28', '2026-03-01', '2026-03-05')).toMatch(/før signalet/);
  });
});

describe('figure F3: days from the first signal to the first support', () => {
  it('counts from the earliest signal to the earliest support outcome', () => {
    expect(
      timeToFirstSupport([
        { raisedOn: '2026-03-10', outcome: 'report', outcomeOn: '2026-03-11' },
        { raisedOn: '2026-03-01', outcome: null, outcomeOn: null },
        { raisedOn: '2026-03-20', outcome: 'early_offer', outcomeOn: '2026-04-02' },
        { raisedOn: '2026-03-05', outcome: 'universal', outcomeOn: '2026-04-15' },
      ]),
    ).toEqual({ firstSignalOn: '2026-03-01', firstSupportOn: '2026-04-02', days: 32 });
  });

  it('has no figure without support, and none without signals', () => {
    expect(
      timeToFirstSupport([{ raisedOn: '2026-03-01', outcome: 'report', outcomeOn: '2026-03-02' }]).days,
    ).toBeNull();
    expect(timeToFirstSupport([])).toEqual({ firstSignalOn: null, firstSupportOn: null, days: null });
  });
});
