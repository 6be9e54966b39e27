import { describe, expect, it } from 'vitest';
import {
  approvalThreshold,
  decideApproval,
  initialApprovalState,
  leaderApproval,
  NO_APPROVAL_THRESHOLDS,
  thresholdsProblem,
} from './approval.ts';

const thresholds = { byStep: { 3: 20_000, 5: 40_000 }, otherwise: 30_000 };

describe('leaderApproval', () => {
  it('asks for approval strictly above the step’s threshold, or the general one', () => {
    expect(leaderApproval({ stepPosition: 3, monthlyCost: 20_000 }, thresholds)).toEqual({
      required: false,
      threshold: 20_000,
      reason: null,
    });
    expect(leaderApproval({ stepPosition: 3, monthlyCost: 20_001 }, thresholds)).toEqual({
      required: true,
      threshold: 20_000,
      reason:
        'Udgiften på 20.001 kr. om måneden er over grænsen på 20.000 kr. for trin 3: indsatsen kræver en leders bevilling.',
    });
    expect(leaderApproval({ stepPosition: 5, monthlyCost: 35_000 }, thresholds).required).toBe(false);
    expect(leaderApproval({ stepPosition: 6, monthlyCost: 35_000 }, thresholds)).toMatchObject({
      required: true,
      threshold: 30_000,
    });
  });

  it('asks for none where no threshold is set, as by default', () => {
    expect(leaderApproval({ stepPosition: 6, monthlyCost: 1_000_000 })).toEqual({
      required: false,
      threshold: null,
      reason: null,
    });
    const onlyStep5 = { byStep: { 5: 0 }, otherwise: null };
    expect(approvalThreshold(4, onlyStep5)).toBeNull();
    expect(leaderApproval({ stepPosition: 5, monthlyCost: 1 }, onlyStep5).required).toBe(true);
    expect(leaderApproval({ stepPosition: 5, monthlyCost: 0 }, onlyStep5).required).toBe(false);
  });

  it('starts a measure pending only when approval is required', () => {
    expect(initialApprovalState(leaderApproval({ stepPosition: 3, monthlyCost: 25_000 }, thresholds))).toBe(
      'pending',
    );
    expect(initialApprovalState(leaderApproval({ stepPosition: 3, monthlyCost: 5_000 }, thresholds))).toBe(
      'not_required',
    );
  });
});

describe('thresholdsProblem', () => {
  it('accepts amounts of 0 kr. or more on real steps', () => {
    expect(thresholdsProblem(thresholds)).toBeNull();
    expect(thresholdsProblem(NO_APPROVAL_THRESHOLDS)).toBeNull();
    expect(thresholdsProblem({ byStep: { 3: -1 }, otherwise: null })).toMatch(/trin 3/);
    expect(thresholdsProblem({ byStep: { 0: 1 }, otherwise: null })).toMatch(/Ugyldigt trin/);
    expect(thresholdsProblem({ byStep: {}, otherwise: Number.NaN })).toMatch(/generelle/);
  });
});

describe('decideApproval', () => {
  it('approves or rejects a pending measure; a rejection needs its reason', () => {
    expect(decideApproval('pending', { approved: true })).toEqual({
      ok: true,
      state: 'approved',
      reason: null,
    });
    expect(decideApproval('pending', { approved: false, reason: '  For dyrt   ift. alternativet ' })).toEqual(
      {
        ok: true,
        state: 'rejected',
        reason: 'For dyrt ift. alternativet',
      },
    );
    expect(decideApproval('pending', { approved: false, reason: '   ' })).toEqual({
      ok: false,
      message: 'Skriv begrundelsen for, at indsatsen ikke bevilges.',
    });
    expect(decideApproval('pending', { approved: true, reason: 'x'.repeat(2001) })).toMatchObject({
      ok: false,
    });
  });

  it('refuses to decide a measure that is not waiting', () => {
    expect(decideApproval('approved', { approved: false, reason: 'Fortrudt' })).toEqual({
      ok: false,
      message: 'Indsatsen venter ikke på bevilling (bevilget).',
    });
    expect(decideApproval('not_required', { approved: true })).toMatchObject({ ok: false });
  });
});
