import { AppError } from '../../core/errors.ts';
import { appendAudit } from '../../store/audit.ts';
import { asSystem, type Db } from '../../store/database.ts';
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
    const existing = await tx
      .selectFrom('municipality')
      .select('id')
      .where('code', '=', input.municipalityCode)
      .executeTakeFirst();
    const municipalityId =
      existing?.id ??
      (
        await tx
          .insertInto('municipality')
          .values({ code: input.municipalityCode, name: input.municipalityName })
          .returning('id')
          .executeTakeFirstOrThrow()
      ).id;
    const taken = await tx
      .selectFrom('app_user')
      .select('id')
      .where('municipality_id', '=', municipalityId)
      .where('username', '=', input.username)
      .executeTakeFirst();
    if (taken) throw new AppError('conflict', `Brugernavnet ${input.username} findes allerede i kommunen.`);
    const user = await tx
      .insertInto('app_user')
      .values({
        municipality_id: municipalityId,
        username: input.username,
        display_name: input.displayName,
        role: 'admin',
        password_hash: hash,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
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
