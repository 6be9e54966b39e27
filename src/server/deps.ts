import type { Config } from '../store/config.ts';
import type { Db } from '../store/database.ts';

/** What every route needs, passed in explicitly (no globals). */
export interface AppDeps {
  db: Db;
  config: Config;
  databaseKind: 'embedded' | 'external';
  version: string;
}
