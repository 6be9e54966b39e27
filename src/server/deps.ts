import type { Config } from '../store/config.ts';
import type { Db } from '../store/database.ts';

/** What every route needs, passed in explicitly (no globals). */
export interface AppDeps {
  /** Requests: logs in as trappen_app; every request transaction goes through withActor/inMunicipality. */
  db: Db;
  /** The schema owner, for the named asSystem escalations only (login lookup). */
  ownerDb: Db;
  config: Config;
  databaseKind: 'embedded' | 'external';
  version: string;
}
