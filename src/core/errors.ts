/**
 * Errors with a stable id (for programs) and a Danish message (for people). The HTTP layer maps
 * them to `{"error":{"id","message"}}`; nothing else about an error ever reaches a client.
 */
export const ERRORS = {
  invalid_input: { status: 400, message: 'Oplysningerne er ikke gyldige.' },
  municipality_required: { status: 400, message: 'Angiv kommunen: brugernavnet findes i flere kommuner.' },
  unauthenticated: { status: 401, message: 'Du er ikke logget ind, eller din session er udløbet.' },
  invalid_credentials: { status: 401, message: 'Forkert brugernavn eller adgangskode.' },
  forbidden: { status: 403, message: 'Du har ikke adgang til dette.' },
  csrf: {
    status: 403,
    message: 'Anmodningen mangler et gyldigt sikkerhedstoken. Genindlæs siden og prøv igen.',
  },
  not_found: { status: 404, message: 'Det findes ikke.' },
  conflict: { status: 409, message: 'Det er i konflikt med noget, der allerede er registreret.' },
  version_conflict: {
    status: 409,
    message:
      'Nogen har ændret det, siden du hentede det. Din ændring er ikke gemt; se den aktuelle udgave og prøv igen.',
  },
  invalid_import: {
    status: 422,
    message: 'Filen blev ikke indlæst, fordi den indeholder fejl. Intet er gemt.',
  },
  unprocessable: {
    status: 422,
    message: 'Anmodningen kunne ikke behandles, fordi den strider mod det registrerede. Intet er gemt.',
  },
  // The escalation gate (src/core/forums/gate.ts): the message names the forum whose decision is missing.
  forum_decision_required: {
    status: 422,
    message: 'Indsatsen kræver en godkendende afgørelse fra det mødeforum, der skal træffe den.',
  },
  payload_too_large: { status: 413, message: 'Anmodningen er for stor.' },
  unsupported_media_type: { status: 415, message: 'Indholdet skal sendes som JSON.' },
  rate_limited: { status: 429, message: 'For mange forsøg. Vent et minut, og prøv igen.' },
  database_unavailable: {
    status: 503,
    message: 'Databasen kan ikke svare lige nu. Prøv igen om lidt.',
  },
  internal: { status: 500, message: 'Der opstod en uventet fejl. Prøv igen, eller kontakt support.' },
} as const satisfies Record<string, { status: number; message: string }>;

export type ErrorId = keyof typeof ERRORS;

export class AppError extends Error {
  readonly id: ErrorId;
  readonly status: number;
  constructor(id: ErrorId, message: string = ERRORS[id].message) {
    super(message);
    this.id = id;
    this.status = ERRORS[id].status;
  }
}

/**
 * A save named a version that is no longer the current one (optimistic locking). The response
 * carries the current record, so the client can show it next to the user's unsaved input.
 */
export class VersionConflictError extends AppError {
  readonly current: unknown;
  constructor(current: unknown) {
    super('version_conflict');
    this.current = current;
  }
}
