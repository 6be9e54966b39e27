import { AppError } from '../core/errors.ts';
import { type AuditEvent, appendAudit } from '../store/audit.ts';
import { pokeAuditChainer } from '../store/audit-chainer.ts';
import { type Db, inMunicipality, type Tx } from '../store/database.ts';
import type { Actor } from './context.ts';

type ActorAudit = Omit<AuditEvent, 'municipalityId' | 'userId' | 'role' | 'outcome'>;

/** A database handle bound to one user: their municipality (row-level security) and their audit trail. */
export interface ActorHandle {
  tx: Tx;
  actor: Actor;
  audit(event: ActorAudit): Promise<void>;
}

/** Thrown by a use case that refuses an actor; the refusal is audited after the rollback. */
export class DeniedError extends AppError {
  readonly event: ActorAudit;
  constructor(event: ActorAudit) {
    super('forbidden');
    this.event = event;
  }
}

function eventFor(actor: Actor, event: ActorAudit, outcome: 'allowed' | 'denied'): AuditEvent {
  return { ...event, municipalityId: actor.municipalityId, userId: actor.userId, role: actor.role, outcome };
}

/**
 * The work in one transaction; its audit events are committed with it and linked into the chain
 * afterwards (the chainer is poked after commit, never holding a lock during the request).
 */
export async function withActor<T>(db: Db, actor: Actor, work: (h: ActorHandle) => Promise<T>): Promise<T> {
  let audited = false;
  try {
    const result = await inMunicipality(db, actor.municipalityId, (tx) =>
      work({
        tx,
        actor,
        audit: (event) => {
          audited = true;
          return appendAudit(tx, eventFor(actor, event, 'allowed'));
        },
      }),
    );
    if (audited) pokeAuditChainer(db, actor.municipalityId);
    return result;
  } catch (error) {
    if (error instanceof DeniedError) {
      await inMunicipality(db, actor.municipalityId, (tx) =>
        appendAudit(tx, eventFor(actor, error.event, 'denied')),
      );
      pokeAuditChainer(db, actor.municipalityId);
    }
    throw error;
  }
}
