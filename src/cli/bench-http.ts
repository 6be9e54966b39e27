/** HTTP helpers of `npm run bench`: a logged-in session that reads the server's own time, and p50/p95/max. */

export interface Timed {
  ms: number;
  body: unknown;
  status: number;
}

export class Session {
  cookie = '';
  csrf = '';
  constructor(readonly url: string) {}

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

  async get(pathAndQuery: string): Promise<Timed> {
    return this.timed(await fetch(`${this.url}${pathAndQuery}`, { headers: { cookie: this.cookie } }));
  }

  async post(path: string, body: unknown): Promise<Timed> {
    const res = await fetch(`${this.url}${path}`, {
      method: 'POST',
      headers: { cookie: this.cookie, 'content-type': 'application/json', 'x-csrf-token': this.csrf },
      body: JSON.stringify(body),
    });
    return this.timed(res);
  }

  private async timed(res: Response): Promise<Timed> {
    const body = await res.json();
    const ms = Number(/dur=([\d.]+)/.exec(res.headers.get('server-timing') ?? '')?.[1] ?? Number.NaN);
    return { ms, body, status: res.status };
  }
}

export function summary(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
  const round = (n: number) => Math.round(n * 100) / 100;
  return {
    n: sorted.length,
    p50: round(at(0.5)),
    p95: round(at(0.95)),
    max: round(sorted.at(-1) ?? Number.NaN),
  };
}
