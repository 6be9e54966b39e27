/**
 * The one way the web app talks to the server. It sends the CSRF token on every request that
 * changes something, and turns the server's `{"error":{"id","message"}}` into an ApiError whose
 * message is the Danish text to show the user.
 */

export class ApiError extends Error {
  readonly status: number;
  /** Stable id from the server, e.g. `forbidden`, `not_found`; `network` when no answer came. */
  readonly id: string;
  /** With a 409 `version_conflict`: the record as it is now, to show next to the unsaved input. */
  readonly current?: unknown;

  constructor(status: number, id: string, message: string, current?: unknown) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.id = id;
    this.current = current;
  }
}

let csrfToken: string | undefined;

/** Set from every session response; the server checks it on POST, PUT, PATCH and DELETE. */
export function setCsrfToken(token: string | undefined): void {
  csrfToken = token;
}

type Listener = (error: ApiError) => void;
const unauthenticatedListeners = new Set<Listener>();

/** Lets the session layer send the user to the login page when the session has expired. */
export function onUnauthenticated(listener: Listener): () => void {
  unauthenticatedListeners.add(listener);
  return () => unauthenticatedListeners.delete(listener);
}

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  body?: unknown;
  signal?: AbortSignal;
  /** Do not report a 401 as an expired session (the login and session checks themselves). */
  quietUnauthenticated?: boolean;
}

function fallbackMessage(status: number): string {
  if (status === 401) return 'Du er ikke logget ind.';
  if (status === 403) return 'Du har ikke adgang.';
  if (status === 404) return 'Siden eller oplysningen findes ikke.';
  if (status === 429) return 'For mange forsøg. Vent et øjeblik, og prøv igen.';
  if (status >= 500) return 'Der opstod en fejl på serveren. Prøv igen om lidt.';
  return `Der opstod en fejl (status ${status}). Prøv igen.`;
}

async function errorFrom(response: Response): Promise<ApiError> {
  let id = `http_${response.status}`;
  let message = fallbackMessage(response.status);
  let current: unknown;
  try {
    const body = (await response.json()) as {
      error?: { id?: unknown; message?: unknown };
      current?: unknown;
    };
    if (typeof body.error?.id === 'string') id = body.error.id;
    if (typeof body.error?.message === 'string' && body.error.message !== '') message = body.error.message;
    current = body.current;
  } catch {
    // Not JSON (a proxy's error page, say): keep the Danish fallback.
  }
  return new ApiError(response.status, id, message, current);
}

export async function request<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const method = options.method ?? 'GET';
  const headers: Record<string, string> = { accept: 'application/json' };
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      credentials: 'same-origin',
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      signal: options.signal,
    });
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    throw new ApiError(
      0,
      'network',
      'Kunne ikke få forbindelse til Trappen. Tjek forbindelsen, og prøv igen.',
    );
  }
  if (!response.ok) {
    const error = await errorFrom(response);
    if (error.status === 401 && !options.quietUnauthenticated) {
      for (const listener of unauthenticatedListeners) listener(error);
    }
    throw error;
  }
  if (response.status === 204) return undefined as T;
  return (await response.json()) as T;
}

/** Builds `/api/x?a=1` from the non-empty values only. */
export function withQuery(path: string, params: Record<string, string | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== '') search.set(key, value);
  }
  const text = search.toString();
  return text ? `${path}?${text}` : path;
}
