import { AppError } from '../../core/errors.ts';
import { appendAudit } from '../../store/audit.ts';
import { asSystem, type Db } from '../../store/database.ts';
import * as q from './create-admin.queries.ts';
import { hashPassword, passwordWeakness } from './password.ts';

export interface CreateAdminInput {
  municipalityCode: string;
  municipalityName: string;
  username: string;
  displayName: string;
  password: string;
}

/**
 * The first administrator of a real installation (and its municipality, when new). Demo
 * passwords never reach a production database: this demands a strong password.
 */
export async function createAdmin(
  db: Db,
  input: CreateAdminInput,
): Promise<{ municipalityId: string; userId: string }> {
  const weakness = passwordWeakness(input.password);
  if (weakness) throw new AppError('invalid_input', weakness);
  const hash = await hashPassword(input.password);
  return asSystem(db, 'create-admin', async (tx) => {
    const municipalityId = await q.municipalityByCode(tx, input.municipalityCode, input.municipalityName);
    const taken = await q.userByName(tx, municipalityId, input.username);
    if (taken) throw new AppError('conflict', `Brugernavnet ${input.username} findes allerede i kommunen.`);
    const user = await q.insertAdmin(tx, {
      municipalityId,
      username: input.username,
      displayName: input.displayName,
      passwordHash: hash,
    });
    await appendAudit(tx, {
      municipalityId,
      userId: null,
      role: null,
      action: 'create',
      entityType: 'user',
      entityId: user.id,
      outcome: 'allowed',
      details: { via: 'cli', role: 'admin' },
    });
    return { municipalityId, userId: user.id };
  });
}
