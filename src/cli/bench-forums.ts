import { randomUUID } from 'node:crypto';
import { isWorkingDay } from '../core/calendar/working-days.ts';
import { addCalendarDays, todayInCopenhagen } from '../core/calendar/zone.ts';
import { Session, summary } from './bench-http.ts';

/**
 * The forums (issue #12, "Measured"): a forum's agenda built by the rules at Demo Kommune scale —
 * the target is a p95 server time under 50 ms for a meeting of about 20 items. For a district's
 * council, the placement committee and the political review: the forum (set up by the admin when
 * the demo has none), `leder` as chair, a published meeting on the last working day, and
 * `GET /api/forum-meetings/:id/agenda` read again and again, with the number of items it held.
 */
const READS = 200;
const WARM_UP = 10;

type ForumRow = {
  id: string;
  kind: string;
  district: { id: string } | null;
  members: { user: { id: string } | null }[];
};

export async function benchForums(url: string) {
  const admin = await new Session(url).login('admin');
  const leader = await new Session(url).login('leder');
  const me = (await leader.get('/api/session')).body as { user: { id: string; districts: { id: string }[] } };
  const districts = ((await admin.get('/api/forums')).body as { forums: ForumRow[] }).forums;
  let day = todayInCopenhagen();
  while (!isWorkingDay(day)) day = addCalendarDays(day, -1);
  const rhythm = { kind: 'weekly', weekday: 2, everyWeeks: 2, from: '2020-01-07' };
  const out: Record<string, unknown> = {};
  const wanted = [
    ['creative_council', 'Det Kreative Råd'],
    ['placement_committee', 'Anbringelses- og efterværnsudvalget'],
    ['political_review', 'Den politiske gennemgang'],
  ] as const;
  for (const [kind, name] of wanted) {
    let forum = districts.find((f) => f.kind === kind);
    if (!forum) {
      const districtId = kind === 'creative_council' ? me.user.districts[0]?.id : undefined;
      const res = await admin.post('/api/forums', {
        idempotencyKey: `bench-${randomUUID()}`,
        kind,
        ...(districtId ? { districtId } : {}),
        name,
        rhythm,
      });
      if (res.status !== 201) throw new Error(`forum ${kind}: ${res.status} ${JSON.stringify(res.body)}`);
      forum = res.body as ForumRow;
    }
    if (!forum.members.some((m) => m.user?.id === me.user.id)) {
      await admin.post(`/api/forums/${forum.id}/members`, {
        idempotencyKey: `bench-${randomUUID()}`,
        userId: me.user.id,
        chair: true,
      });
    }
    const meeting = await leader.post(`/api/forums/${forum.id}/meetings`, { heldOn: day });
    const id = (meeting.body as { id: string }).id;
    await leader.post(`/api/forum-meetings/${id}/publish`, {});
    const path = `/api/forum-meetings/${id}/agenda`;
    let items = 0;
    for (let i = 0; i < WARM_UP; i++) {
      const res = await leader.get(path);
      if (res.status !== 200) throw new Error(`${path}: ${res.status} ${JSON.stringify(res.body)}`);
      items = (res.body as { items: unknown[] }).items.length;
    }
    const samples: number[] = [];
    for (let i = 0; i < READS; i++) samples.push((await leader.get(path)).ms);
    out[kind] = { items, ...summary(samples) };
  }
  return { forumsAgendaMs: out };
}
