/** HTTP helpers of `npm run bench`: a logged-in session that reads the server's own time, and p50/p95/max. */

export interface Timed {
  /** the server's own time (Server-Timing) */
  ms: number;
  /** the time this client waited, request sent to body read */
  clientMs: number;
  body: unknown;
  status: number;
}

export class Session {
  cookie = '';
  csrf = '';
  constructor(
    readonly url: string,
    /** A request that takes longer is given up and answers status 0 (counted as an error by the load). */
    readonly timeoutMs = 30_000,
  ) {}

  async login(username: string) {
    const res = await fetch(`${this.url}/api/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username, password: 'demo' }),
    });
    if (!res.ok) throw new Error(`login ${username}: ${res.status}`);
    this.cookie = (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    this.csrf = ((await res.json()) as { csrfToken?: string }).csrfToken ?? '';
    return this;
  }

  get(pathAndQuery: string): Promise<Timed> {
    return this.timed(pathAndQuery, { headers: { cookie: this.cookie } });
  }

  post(path: string, body: unknown): Promise<Timed> {
    return this.timed(path, {
      method: 'POST',
      headers: { cookie: this.cookie, 'content-type': 'application/json', 'x-csrf-token': this.csrf },
      body: JSON.stringify(body),
    });
  }

  private async timed(path: string, init: RequestInit): Promise<Timed> {
    const t0 = performance.now();
    try {
      const res = await fetch(`${this.url}${path}`, { ...init, signal: AbortSignal.timeout(this.timeoutMs) });
      // A file (a PDF) is read as bytes; everything else the API answers is JSON.
      const type = res.headers.get('content-type') ?? '';
      const body = type.includes('json') ? await res.json() : Buffer.from(await res.arrayBuffer());
      const ms = Number(/dur=([\d.]+)/.exec(res.headers.get('server-timing') ?? '')?.[1] ?? Number.NaN);
      return { ms, clientMs: performance.now() - t0, body, status: res.status };
    } catch (error) {
      if (error instanceof Error && error.name === 'TimeoutError')
        return { ms: Number.NaN, clientMs: performance.now() - t0, body: null, status: 0 };
      throw error;
    }
  }
}

export function summary(samples: number[]) {
  const sorted = samples.filter((n) => !Number.isNaN(n)).sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
  const round = (n: number) => Math.round(n * 100) / 100;
  return {
    n: sorted.length,
    p50: round(at(0.5)),
    p95: round(at(0.95)),
    max: round(sorted.at(-1) ?? Number.NaN),
  };
}
