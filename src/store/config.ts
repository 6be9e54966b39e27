import path from 'node:path';

/** Runtime configuration, read once from the environment. See docs/configuration.md. */
export interface Config {
  port: number;
  host: string;
  dataDir: string;
  /** Set: use this external PostgreSQL. Unset: run the embedded server in dataDir. */
  databaseUrl: string | undefined;
  /**
   * With databaseUrl: the connection requests use, as trappen_app. Unset: databaseUrl with the
   * user trappen_app and no password (enough with trust or certificate authentication).
   */
  databaseAppUrl: string | undefined;
  /** Create Demo Kommune on start (default: only with the embedded database). */
  demo: boolean;
  sessionIdleMinutes: number;
  /** A session ends this many hours after the login, however active. */
  sessionMaxHours: number;
  /** Behind TLS termination: mark cookies Secure. */
  secureCookies: boolean;
  loginAttemptsPerMinute: number;
  /** Login attempts on one username from any address in 15 minutes. */
  loginAttemptsPerAccountPer15Minutes: number;
  /**
   * The audit chain's HMAC key (AUDIT_KEY, ≥ 32 bytes, hex or base64). Unset: the key file
   * DATA_DIR/audit-key, generated at first start (src/store/audit-key.ts).
   */
  auditKey: Buffer | undefined;
  /** Where the chainer writes each municipality's chain head, outside the database. */
  auditAnchorDir: string;
}

function intFrom(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0)
    throw new Error(`${name} must be a non-negative integer, got "${value}"`);
  return n;
}

/** A key of at least 32 bytes, written as hex or base64 (standard or URL-safe). */
export function parseAuditKey(value: string | undefined): Buffer | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  const text = value.trim();
  const key = /^(?:[0-9a-fA-F]{2})+$/.test(text)
    ? Buffer.from(text, 'hex')
    : /^[A-Za-z0-9+/_-]+={0,2}$/.test(text)
      ? Buffer.from(text, text.includes('-') || text.includes('_') ? 'base64url' : 'base64')
      : undefined;
  if (!key || key.length < 32)
    throw new Error('AUDIT_KEY must be at least 32 bytes, written as hex or base64');
  return key;
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const databaseUrl = env.DATABASE_URL || undefined;
  const dataDir = path.resolve(env.DATA_DIR || './data');
  return {
    port: intFrom(env.PORT, 3000, 'PORT'),
    host: env.HOST || '127.0.0.1',
    dataDir,
    databaseUrl,
    databaseAppUrl: env.DATABASE_APP_URL || undefined,
    demo: env.DEMO ? env.DEMO === '1' || env.DEMO === 'true' : databaseUrl === undefined,
    sessionIdleMinutes: intFrom(env.SESSION_IDLE_MINUTES, 30, 'SESSION_IDLE_MINUTES'),
    sessionMaxHours: intFrom(env.SESSION_MAX_HOURS, 12, 'SESSION_MAX_HOURS'),
    secureCookies: env.SECURE_COOKIES === '1' || env.SECURE_COOKIES === 'true',
    loginAttemptsPerMinute: intFrom(env.LOGIN_ATTEMPTS_PER_MINUTE, 10, 'LOGIN_ATTEMPTS_PER_MINUTE'),
    loginAttemptsPerAccountPer15Minutes: intFrom(
      env.LOGIN_ATTEMPTS_PER_ACCOUNT_PER_15_MINUTES,
      30,
      'LOGIN_ATTEMPTS_PER_ACCOUNT_PER_15_MINUTES',
    ),
    auditKey: parseAuditKey(env.AUDIT_KEY),
    auditAnchorDir: path.resolve(env.AUDIT_ANCHOR_DIR || path.join(dataDir, 'audit-anchors')),
  };
}
