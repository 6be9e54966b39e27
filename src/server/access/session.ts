import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { permissionsOf } from '../../core/access/permissions.ts';
import { ROLE_LABELS, type Role } from '../../core/access/roles.ts';
import { normalizeUsername } from '../../core/access/username.ts';
import { AppError } from '../../core/errors.ts';
import { appendAudit } from '../../store/audit.ts';
import { pokeAuditChainer } from '../../store/audit-chainer.ts';
import type { Config } from '../../store/config.ts';
import { asSystem, type Db, inMunicipality } from '../../store/database.ts';
import type { Actor, SessionRef } from '../context.ts';
import { isOnCallNow } from './on-call.queries.ts';
import { spendVerifyTime, verifyPassword } from './password.ts';
import * as q from './session.queries.ts';

/**
 * Sessions live in PostgreSQL. The cookie holds "<municipalityId>.<token>"; only the SHA-256 of
 * the token is stored, so a copy of the database cannot be used to take over a session. Knowing
 * the municipality up front lets the lookup itself run under row-level security.
 */
export const SESSION_COOKIE = 'trappen_session';

const sha256 = (value: string) => createHash('sha256').update(value).digest('hex');
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export function sameToken(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

export interface LoginInput {
  username: string;
  password: string;
  municipality?: string | undefined;
}

/** `ownerDb` finds the user across municipalities (asSystem); the session is written as the user's municipality. */
export async function logIn(
  db: Db,
  ownerDb: Db,
  input: LoginInput,
): Promise<{ cookie: string; session: SessionRef }> {
  const candidates = await asSystem(ownerDb, 'login', (tx) =>
    q.findLoginCandidates(tx, normalizeUsername(input.username), input.municipality),
  );
  if (candidates.length > 1) throw new AppError('municipality_required');
  const user = candidates[0];
  if (!user) {
    await spendVerifyTime(input.password);
    throw new AppError('invalid_credentials');
  }
  const ok = await verifyPassword(user.password_hash, input.password);
  const token = randomBytes(32).toString('base64url');
  const session: SessionRef = {
    municipalityId: user.municipality_id,
    tokenHash: sha256(token),
    csrfToken: randomBytes(24).toString('base64url'),
  };
  await inMunicipality(db, user.municipality_id, async (tx) => {
    if (ok) await q.insertSession(tx, { ...session, userId: user.id });
    await appendAudit(tx, {
      municipalityId: user.municipality_id,
      userId: user.id,
      role: user.role,
      action: 'login',
      entityType: 'user',
      entityId: user.id,
      outcome: ok ? 'allowed' : 'denied',
    });
  });
  pokeAuditChainer(db, user.municipality_id);
  if (!ok) throw new AppError('invalid_credentials');
  return { cookie: `${user.municipality_id}.${token}`, session };
}

function parseCookie(cookie: string | undefined): { municipalityId: string; tokenHash: string } | undefined {
  if (!cookie) return undefined;
  const dot = cookie.indexOf('.');
  const municipalityId = cookie.slice(0, dot);
  const token = cookie.slice(dot + 1);
  if (dot < 0 || !UUID.test(municipalityId) || !/^[A-Za-z0-9_-]{43}$/.test(token)) return undefined;
  return { municipalityId, tokenHash: sha256(token) };
}

/** How long a session lives: idle minutes since the last request, and hours since the login. */
export interface SessionLimits {
  idleMinutes: number;
  maxHours: number;
}

export function sessionLimits(config: Config): SessionLimits {
  return { idleMinutes: config.sessionIdleMinutes, maxHours: config.sessionMaxHours };
}

/**
 * Finds the actor behind a session cookie; an idle, too old or unknown session is no session.
 * Writing the last-seen time on every request would serialise a busy user's requests, so it is
 * written when a quarter of the idle window has passed (at most a minute): an active user is
 * never taken for idle, however short the window.
 */
export async function resolveSession(
  db: Db,
  cookie: string | undefined,
  limits: SessionLimits,
): Promise<{ actor: Actor; session: SessionRef } | undefined> {
  const ref = parseCookie(cookie);
  if (!ref) return undefined;
  return inMunicipality(db, ref.municipalityId, async (tx) => {
    const row = await q.findSessionUser(tx, ref.municipalityId, ref.tokenHash);
    if (!row) return undefined;
    const now = Date.now();
    const idleMs = now - row.last_seen_at.getTime();
    const idleLimitMs = limits.idleMinutes * 60_000;
    const tooOld = now - row.created_at.getTime() > limits.maxHours * 3_600_000;
    if (!row.active || idleMs > idleLimitMs || tooOld) {
      await q.deleteSession(tx, ref.municipalityId, ref.tokenHash);
      return undefined;
    }
    if (idleMs > Math.min(60_000, idleLimitMs / 4))
      await q.touchSession(tx, ref.municipalityId, ref.tokenHash);
    return {
      actor: {
        userId: row.user_id,
        username: row.username,
        displayName: row.display_name,
        role: row.role as Role,
        municipalityId: ref.municipalityId,
        municipalityName: row.municipality_name,
        districtIds: row.district_ids,
        unitIds: row.unit_ids,
      },
      session: { ...ref, csrfToken: row.csrf_token },
    };
  });
}

export async function logOut(db: Db, session: SessionRef): Promise<void> {
  await inMunicipality(db, session.municipalityId, (tx) =>
    q.deleteSession(tx, session.municipalityId, session.tokenHash),
  );
}

/** What the interface learns about the signed-in user. */
export async function describeActor(db: Db, actor: Actor) {
  const [districts, onCall] = await inMunicipality(db, actor.municipalityId, (tx) =>
    Promise.all([q.districtsByIds(tx, actor.districtIds), isOnCallNow(tx, actor.userId)]),
  );
  return {
    id: actor.userId,
    username: actor.username,
    displayName: actor.displayName,
    role: actor.role,
    roleLabel: ROLE_LABELS[actor.role],
    municipality: { id: actor.municipalityId, name: actor.municipalityName },
    districts,
    permissions: permissionsOf(actor.role, onCall),
    onCall,
  };
}
