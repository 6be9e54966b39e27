import { randomUUID } from 'node:crypto';
import type { DemoData } from '../demo/data.ts';
import { Session, summary } from './bench-http.ts';

/**
 * The forums (issue #12, "Measured"): a forum's agenda built by the rules at Demo Kommune scale —
 * the target is a p95 server time under 50 ms for a meeting of about 20 items. For every forum of
 * Demo Kommune, its chair reads the agenda of the forum's next published meeting (built live by the
 * rules, as a member reads it before the meeting), again and again; the figures name the number of
 * items each agenda held. Demo Kommune's councils have decided most of their proposals, so the
 * first council's agenda is first filled to 20 items with proposals of a specialised offer on its
 * district's open cases, made by their caseworkers over the API — the size the target names.
 */
const READS = 200;
const WARM_UP = 10;

const AGENDA_SIZE = 20;

/** Proposals of a specialised offer on the council's district's open cases, until the agenda holds 20. */
async function fillCouncilAgenda(url: string, demo: DemoData, districtId: string, have: number) {
  const usernames = new Map(demo.app_user.map((u) => [u.id, u.username]));
  const offer = demo.offer.find((o) => o.specialised && o.status === 'active');
  if (!offer) return;
  const cases = [...demo.cases, ...demo.intake_case].filter(
    (c) => c.district_id === districtId && c.closed_at === null && c.caseworker_id !== null,
  );
  const sessions = new Map<string, Session>();
  for (const c of cases.slice(0, Math.max(0, AGENDA_SIZE - have))) {
    const username = usernames.get(c.caseworker_id as string);
    if (!username) continue;
    const session = sessions.get(username) ?? (await new Session(url).login(username));
    sessions.set(username, session);
    await session.post(`/api/cases/${c.id}/proposals`, {
      idempotencyKey: `bench-${randomUUID()}`,
      offerIds: [offer.id],
      reason: 'Familien har brug for en intensiv indsats i hjemmet.',
    });
  }
}

export async function benchForums(url: string, demo: DemoData) {
  const usernames = new Map(demo.app_user.map((u) => [u.id, u.username]));
  const out: Record<string, unknown> = {};
  let filled = false;
  for (const forum of demo.forum) {
    const chair = demo.forum_member.find((m) => m.forum_id === forum.id && m.chair)?.user_id;
    const username = chair ? usernames.get(chair) : undefined;
    if (!username) throw new Error(`${forum.name} has no chair`);
    const session = await new Session(url).login(username);
    // The demo publishes each forum's next meeting (src/demo/forums): the open one with an agenda.
    const next = demo.forum_meeting
      .filter((m) => m.forum_id === forum.id && m.published_at !== null && m.closed_at === null)
      .sort((a, b) => (a.held_on < b.held_on ? -1 : 1))[0];
    if (!next) {
      out[forum.name] = { kind: forum.kind, skipped: 'no published meeting in Demo Kommune' };
      continue;
    }
    const path = `/api/forum-meetings/${next.id}/agenda`;
    if (forum.kind === 'creative_council' && forum.district_id && !filled) {
      const before = (await session.get(path)).body as { items: unknown[] };
      await fillCouncilAgenda(url, demo, forum.district_id, before.items.length);
      filled = true;
    }
    let items = 0;
    for (let i = 0; i < WARM_UP; i++) {
      const res = await session.get(path);
      if (res.status !== 200) throw new Error(`${path}: ${res.status} ${JSON.stringify(res.body)}`);
      items = (res.body as { items: unknown[] }).items.length;
    }
    const samples: number[] = [];
    for (let i = 0; i < READS; i++) samples.push((await session.get(path)).ms);
    out[forum.name] = { kind: forum.kind, items, ...summary(samples) };
  }
  return { forumsAgendaMs: out };
}
