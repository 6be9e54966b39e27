/**
 * The ladder and the catalog over HTTP. Shapes come from the zod schemas the server validates
 * with (type-only imports, so zod stays out of the browser bundle).
 */
import type {
  ImportErrorView,
  LadderStepRequest,
  LadderStepView,
  LadderView,
  OfferCreateRequest,
  OfferImportReport,
  OfferUpdateRequest,
  OfferView,
} from '../../core/api/catalog.ts';
import type {
  CatalogAnalysisResponse,
  CatalogSettingsResponse,
  CoverageCellView,
  GapView,
  SharesView,
} from '../../core/api/catalog-analysis.ts';
import { ApiError, request, withQuery } from '../api.ts';

export type {
  ImportErrorView,
  LadderStepRequest,
  LadderStepView,
  LadderView,
  OfferCreateRequest,
  OfferImportReport,
  OfferView,
};

// ---- ladder ----

export const LADDER_KEY = ['catalog', 'ladder'] as const;
export const LADDER_VERSIONS_KEY = ['catalog', 'ladder', 'versions'] as const;

export async function fetchLadder(signal?: AbortSignal): Promise<LadderView> {
  return (await request<{ ladder: LadderView }>('/api/ladder', { signal })).ladder;
}

export async function fetchLadderVersions(signal?: AbortSignal): Promise<LadderView[]> {
  return (await request<{ versions: LadderView[] }>('/api/ladder/versions', { signal })).versions;
}

export async function saveLadder(
  steps: LadderStepRequest[],
  note: string,
): Promise<{ ladder: LadderView; changed: boolean }> {
  return request('/api/ladder', { method: 'PUT', body: { note: note.trim() || undefined, steps } });
}

// ---- offers ----

export const OFFERS_KEY = ['catalog', 'offers'] as const;
export const offerKey = (id: string) => [...OFFERS_KEY, 'detail', id] as const;

export interface OfferFilters {
  q?: string;
  step?: string;
  target?: string;
  form?: string;
  age?: string;
  status?: string;
}

export async function searchOffers(filters: OfferFilters, signal?: AbortSignal): Promise<OfferView[]> {
  const path = withQuery('/api/offers', { ...filters });
  return (await request<{ offers: OfferView[] }>(path, { signal })).offers;
}

export async function fetchOffer(id: string, signal?: AbortSignal): Promise<OfferView> {
  return (await request<{ offer: OfferView }>(`/api/offers/${encodeURIComponent(id)}`, { signal })).offer;
}

export async function createOffer(body: OfferCreateRequest): Promise<OfferView> {
  return (await request<{ offer: OfferView }>('/api/offers', { method: 'POST', body })).offer;
}

export async function updateOffer(id: string, body: OfferUpdateRequest): Promise<OfferView> {
  const path = `/api/offers/${encodeURIComponent(id)}`;
  return (await request<{ offer: OfferView }>(path, { method: 'PATCH', body })).offer;
}

export function exportUrl(format: 'csv' | 'json'): string {
  return `/api/offers/export?format=${format}`;
}

// ---- import ----

export type ImportOutcome =
  | { ok: true; report: OfferImportReport }
  | { ok: false; message: string; errors: ImportErrorView[] };

/** A chosen file, read into memory at once: the user may then fix it on disk and choose it again. */
export interface ImportFile {
  name: string;
  type: string;
  bytes: ArrayBuffer;
}

/** JSON when the file says so (type or name); everything else is sent as CSV. */
export function importContentType(file: Pick<ImportFile, 'name' | 'type'>): 'application/json' | 'text/csv' {
  return file.type === 'application/json' || /\.json$/i.test(file.name) ? 'application/json' : 'text/csv';
}

/**
 * Sends the file's own bytes (the server checks the encoding and reports lines as Excel shows
 * them). The shared `request` sends JSON only and drops the error list of a 422, so this one
 * fetches itself; a 401 is passed on through `request` so the session layer sends the user to login.
 */
export async function importOffers(
  file: ImportFile,
  dryRun: boolean,
  csrfToken: string | undefined,
): Promise<ImportOutcome> {
  const headers: Record<string, string> = {
    accept: 'application/json',
    'content-type': importContentType(file),
  };
  if (csrfToken) headers['x-csrf-token'] = csrfToken;
  let response: Response;
  try {
    response = await fetch(`/api/offers/import?dryRun=${dryRun}`, {
      method: 'POST',
      headers,
      credentials: 'same-origin',
      body: file.bytes,
    });
  } catch {
    throw new ApiError(
      0,
      'network',
      'Kunne ikke få forbindelse til Trappen. Tjek forbindelsen, og prøv igen.',
    );
  }
  const body = (await response.json().catch(() => ({}))) as Partial<OfferImportReport> & {
    error?: { id?: string; message?: string };
  };
  if (response.ok) return { ok: true, report: body as OfferImportReport };
  if (response.status === 422 && Array.isArray(body.errors)) {
    return {
      ok: false,
      message: body.error?.message ?? 'Filen blev ikke indlæst, fordi den indeholder fejl. Intet er gemt.',
      errors: body.errors,
    };
  }
  if (response.status === 401) {
    // Let the shared layer notice the expired session (it clears the cache and shows login).
    await request('/api/session').catch(() => undefined);
  }
  throw new ApiError(
    response.status,
    body.error?.id ?? `http_${response.status}`,
    body.error?.message ?? 'Filen kunne ikke sendes. Prøv igen.',
  );
}

// ---- analysis ----

export type { CatalogAnalysisResponse as CatalogAnalysis, CoverageCellView, GapView, SharesView };

export const ANALYSIS_KEY = ['catalog', 'analysis'] as const;

export async function fetchAnalysis(signal?: AbortSignal): Promise<CatalogAnalysisResponse> {
  return request<CatalogAnalysisResponse>('/api/catalog/analysis', { signal });
}

export async function saveAnalysisSettings(
  maxChildIndividualShare: number,
): Promise<CatalogSettingsResponse> {
  return request('/api/catalog/settings', { method: 'PUT', body: { maxChildIndividualShare } });
}
