import type { FastifyRequest } from 'fastify';
import type { Role } from '../core/access/roles.ts';
import { AppError } from '../core/errors.ts';

/** The signed-in user a request acts for, with the scope facts the access policy needs. */
export interface Actor {
  userId: string;
  username: string;
  displayName: string;
  role: Role;
  municipalityId: string;
  municipalityName: string;
  districtIds: string[];
  unitIds: string[];
}

export interface SessionRef {
  municipalityId: string;
  tokenHash: string;
  csrfToken: string;
}

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor | undefined;
    sessionRef: SessionRef | undefined;
  }
}

export function requireActor(request: FastifyRequest): Actor {
  if (!request.actor) throw new AppError('unauthenticated');
  return request.actor;
}
