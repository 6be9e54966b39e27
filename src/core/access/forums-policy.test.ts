import { describe, expect, it } from 'vitest';
import {
  decideAgendaRead,
  forumPermissionsOf,
  type MeetingFacts,
  mayActOnMeeting,
  mayApproveMeasure,
  mayDecideEmergency,
  mayEditForumSettings,
  mayManageForum,
  mayPropose,
} from './forums-policy.ts';
import { ROLES } from './roles.ts';

const meeting = (over: Partial<MeetingFacts> = {}): MeetingFacts => ({
  member: true,
  chair: false,
  status: 'published',
  ...over,
});

describe('reading a forum’s agenda', () => {
  it('is for members from publication until the meeting closes', () => {
    expect(decideAgendaRead('caseworker', 'creative_council', meeting())).toEqual({
      allowed: true,
      view: 'case_summary',
      as: 'member',
    });
    expect(decideAgendaRead('caseworker', 'creative_council', meeting({ status: 'planned' }))).toEqual({
      allowed: false,
    });
    expect(decideAgendaRead('caseworker', 'creative_council', meeting({ status: 'closed' }))).toEqual({
      allowed: false,
    });
    expect(decideAgendaRead('leader', 'creative_council', meeting({ member: false }))).toEqual({
      allowed: false,
    });
  });

  it('gives every role that may see a child’s data its membership, and none to the others', () => {
    const readers = ROLES.filter(
      (r) => decideAgendaRead(r, 'school_visitation_committee', meeting()).allowed,
    );
    expect(readers).toEqual([
      'professional',
      'preventive_worker',
      'caseworker',
      'foster_care_consultant',
      'leader',
    ]);
  });

  it('shows the political review pseudonymised, to the chair as well', () => {
    expect(decideAgendaRead('professional', 'political_review', meeting())).toMatchObject({
      view: 'pseudonymised',
    });
    expect(
      decideAgendaRead('leader', 'political_review', meeting({ chair: true, status: 'closed' })),
    ).toEqual({
      allowed: true,
      view: 'pseudonymised',
      as: 'chair',
    });
  });

  it('lets the chair read the meeting in every state', () => {
    for (const status of ['planned', 'published', 'closed'] as const) {
      expect(
        decideAgendaRead('leader', 'placement_committee', meeting({ chair: true, status })),
      ).toMatchObject({
        allowed: true,
        as: 'chair',
      });
    }
  });
});

describe('acting on a meeting', () => {
  it('is the chair’s: prepare and publish while planned, decide and close while published, nothing once closed', () => {
    const chair = (status: MeetingFacts['status']) => meeting({ chair: true, status });
    const allowed = (status: MeetingFacts['status']) =>
      (['edit_agenda', 'publish', 'decide', 'close'] as const).filter((a) =>
        mayActOnMeeting('leader', a, chair(status)),
      );
    expect(allowed('planned')).toEqual(['edit_agenda', 'publish']);
    expect(allowed('published')).toEqual(['decide', 'close']);
    expect(allowed('closed')).toEqual([]);
    expect(mayActOnMeeting('caseworker', 'decide', meeting())).toBe(false);
    expect(mayActOnMeeting('caseworker', 'decide', meeting({ chair: true }))).toBe(false);
    expect(mayActOnMeeting('leader', 'decide', meeting())).toBe(false);
  });
});

describe('setting up forums, proposing and approving', () => {
  it('lets the administrator set up every forum and a leader its own districts’ councils', () => {
    expect(mayManageForum('admin', 'placement_committee', false)).toBe(true);
    expect(mayManageForum('leader', 'creative_council', true)).toBe(true);
    expect(mayManageForum('leader', 'creative_council', false)).toBe(false);
    expect(mayManageForum('leader', 'placement_committee', true)).toBe(false);
    expect(ROLES.filter((r) => mayManageForum(r, 'creative_council', true))).toEqual(['leader', 'admin']);
  });

  it('lets those who write a case propose on it', () => {
    const assigned = { assigned: true, inOwnDistricts: true, emergencyGrant: false };
    const team = { assigned: false, inOwnDistricts: true, emergencyGrant: true };
    expect(ROLES.filter((r) => mayPropose(r, assigned))).toEqual(['preventive_worker', 'caseworker']);
    expect(ROLES.filter((r) => mayPropose(r, team))).toEqual([]);
  });

  it('lets a leader approve costly measures in its own districts only', () => {
    expect(ROLES.filter((r) => mayApproveMeasure(r, true))).toEqual(['leader']);
    expect(mayApproveMeasure('leader', false)).toBe(false);
  });

  it('lets a leader decide an emergency placement in its own districts only', () => {
    expect(ROLES.filter((r) => mayDecideEmergency(r, true))).toEqual(['leader']);
    expect(mayDecideEmergency('leader', false)).toBe(false);
  });

  it('leaves the forum rules to the administrator', () => {
    expect(ROLES.filter((r) => mayEditForumSettings(r))).toEqual(['admin']);
  });

  it('offers the interface the rights of each role', () => {
    expect(forumPermissionsOf('leader')).toEqual([
      'forums:member',
      'forums:chair',
      'forums:manage',
      'measures:approve',
      'forums:emergency',
    ]);
    expect(forumPermissionsOf('admin')).toEqual(['forums:manage', 'forums:settings']);
    expect(forumPermissionsOf('caseworker')).toEqual(['forums:member']);
    expect(forumPermissionsOf('analyst')).toEqual([]);
  });
});
