import { randomUUID } from 'node:crypto';
import { todayInCopenhagen } from '../core/calendar/zone.ts';
import type { DemoData } from '../demo/data.ts';
import { caseworkerNear } from './bench-casework.ts';
import { Session, summary } from './bench-http.ts';

/**
 * Documents (issue #14, "Measured"): a decision's letter of three pages as PDF — the target is a
 * p95 server time under 300 ms. A Demo Kommune caseworker records a decision with long reasons on
 * one of their cases, drafts its letter from the default template, and the PDF is fetched again and
 * again (each fetch renders it anew); the figures name the pages it had.
 */
const READS = 100;
const WARM_UP = 5;

const REASONS = Array.from(
  { length: 28 },
  (_, i) =>
    `${i + 1}. Kommunen har lagt vægt på, at skolen siden august har oplyst om et fravær på over 30 %, og at ` +
    'familiebehandlingen i hjemmet ikke har ført til den ønskede udvikling i barnets trivsel og skolegang. ' +
    'Barnet har selv fortalt, at morgenerne er svære, og forældrene er enige i, at der er brug for mere støtte.',
).join('\n\n');

export async function benchDocuments(url: string, demo: DemoData) {
  const worker = caseworkerNear(demo, 25);
  const session = await new Session(url).login(worker.username);
  const mine = (await session.get('/api/cases/mine')).body as { caseId: string }[];
  const caseId = mine[0]?.caseId;
  if (!caseId) throw new Error(`${worker.username} has no open case`);
  const decision = await session.post(`/api/cases/${caseId}/decisions`, {
    idempotencyKey: `bench-${randomUUID()}`,
    type: 'measure_granted',
    decided: 'Kommunen bevilger familiebehandling i hjemmet.',
    legalBasis: 'barnets lovs § 32, stk. 1, nr. 3',
    reasons: REASONS,
    decidedOn: todayInCopenhagen(),
  });
  if (decision.status !== 201)
    throw new Error(`decision: ${decision.status} ${JSON.stringify(decision.body)}`);
  const letter = await session.post(`/api/cases/${caseId}/documents`, {
    idempotencyKey: `bench-${randomUUID()}`,
    type: 'decision',
    recipient: { name: 'Forældremyndighedens indehaver', address: 'Demovej 1, 9999 Demoby' },
    decisionId: (decision.body as { id: string }).id,
  });
  if (letter.status !== 201) throw new Error(`letter: ${letter.status} ${JSON.stringify(letter.body)}`);
  const path = `/api/documents/${(letter.body as { id: string }).id}/pdf`;
  let pages = 0;
  for (let i = 0; i < WARM_UP; i++) {
    const res = await session.get(path);
    if (res.status !== 200) throw new Error(`${path}: ${res.status}`);
    pages = ((res.body as Buffer).toString('latin1').match(/\/Type \/Page\b/g) ?? []).length;
  }
  const samples: number[] = [];
  for (let i = 0; i < READS; i++) samples.push((await session.get(path)).ms);
  return { documentsDecisionPdfMs: { user: worker.username, pages, ...summary(samples) } };
}
